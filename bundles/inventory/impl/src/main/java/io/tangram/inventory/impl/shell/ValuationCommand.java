package io.tangram.inventory.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.inventory.api.StockLedger;
import io.tangram.inventory.api.ValuationLine;
import io.tangram.inventory.api.ValuationReport;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

@Service
@Command(scope = "inventory", name = "valuation", description = "Stock value at the end of a day (库存估值)")
public class ValuationCommand implements Action {

    @Option(name = "--at", description = "Day, e.g. 2026-10-31 (default today)")
    String at;

    @Option(name = "--warehouse", description = "Warehouse code")
    String warehouse;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    StockLedger ledger;

    @Reference
    WarehouseService warehouses;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        ValuationReport report = console.call(() -> ledger.valuation(company, ConsoleInput.date("at", at),
                warehouse == null ? null : console.warehouse(warehouses, "warehouse", warehouse).id()));
        if (report == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Product");
        table.column("Name");
        table.column("Warehouse");
        table.column("Quantity").alignRight();
        table.column("Value").alignRight();
        for (ValuationLine l : report.lines()) {
            table.addRow().addContent(l.productCode(), l.productName(), l.warehouseCode(), InventoryConsole.plain(l.quantity()),
                    l.value());
        }
        table.print(console.out());
        console.out().printf("Stock value at the end of %s: %s%n", report.at(), report.total());
        return null;
    }
}
