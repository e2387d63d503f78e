package io.tangram.inventory.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.inventory.api.StockLedger;
import io.tangram.inventory.api.StockLevelDto;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductService;

@Service
@Command(scope = "inventory", name = "stock", description = "Shows stock on hand, reserved and available (库存查询)")
public class StockCommand implements Action {

    @Argument(name = "product", description = "Product code or barcode (all products when omitted)")
    String product;

    @Option(name = "--warehouse", description = "Warehouse code")
    String warehouse;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    StockLedger ledger;

    @Reference
    WarehouseService warehouses;

    @Reference
    ProductService products;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        List<StockLevelDto> levels = console.call(() -> ledger.levels(company,
                warehouse == null ? null : console.warehouse(warehouses, "warehouse", warehouse).id(),
                product == null ? null : console.product(products, "product", product).id()));
        if (levels == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Product");
        table.column("Name");
        table.column("Warehouse");
        table.column("On hand").alignRight();
        table.column("Reserved").alignRight();
        table.column("Available").alignRight();
        table.column("Unit").alignRight();
        table.column("Unit cost").alignRight();
        table.column("Value").alignRight();
        for (StockLevelDto l : levels) {
            table.addRow().addContent(l.productCode(), l.productName(), l.warehouseCode(), InventoryConsole.plain(l.onHand()),
                    InventoryConsole.plain(l.reserved()), InventoryConsole.plain(l.available()), l.unitCode(),
                    InventoryConsole.plain(l.unitCost()), l.value());
        }
        table.print(console.out());
        return null;
    }
}
