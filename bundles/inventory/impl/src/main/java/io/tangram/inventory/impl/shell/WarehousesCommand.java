package io.tangram.inventory.impl.shell;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.inventory.api.LocationDto;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;

@Service
@Command(scope = "inventory", name = "warehouses", description = "Lists warehouses (仓库列表)")
public class WarehousesCommand implements Action {

    @Option(name = "--inactive", description = "Include deactivated warehouses")
    boolean inactive;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    WarehouseService warehouses;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        List<WarehouseDto> list = console.call(() -> warehouses.list(company, inactive));
        if (list == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Code");
        table.column("Name");
        table.column("Locations");
        table.column("Negative stock");
        table.column("Active");
        for (WarehouseDto w : list) {
            table.addRow().addContent(w.id(), w.code(), w.name(),
                    w.locations().stream().map(LocationDto::code).collect(Collectors.joining(" ")),
                    w.allowNegativeStock() ? "allowed" : "refused", w.active() ? "yes" : "no");
        }
        table.print(console.out());
        return null;
    }
}
