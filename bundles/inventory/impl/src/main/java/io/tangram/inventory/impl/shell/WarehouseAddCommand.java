package io.tangram.inventory.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.inventory.api.WarehouseDto;
import io.tangram.inventory.api.WarehouseInput;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;

@Service
@Command(scope = "inventory", name = "warehouse-add", description = "Creates a warehouse (新建仓库)")
public class WarehouseAddCommand implements Action {

    @Argument(index = 0, name = "code", required = true, description = "Warehouse code, unique in the company")
    String code;

    @Argument(index = 1, name = "name", required = true, description = "Name (quote names with spaces)")
    String name;

    @Option(name = "--address", description = "Address")
    String address;

    @Option(name = "--location", multiValued = true, description = "A location (bin) code; repeat for more")
    List<String> locations;

    @Option(name = "--allow-negative-stock", description = "Let issues take stock below zero")
    boolean allowNegativeStock;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    WarehouseService warehouses;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        WarehouseDto created = console.call(() -> warehouses.create(new WarehouseInput(company, code, name, address,
                allowNegativeStock, locations)));
        if (created != null) {
            console.out().printf("Created warehouse %s (id %d)%n", created.code(), created.id());
        }
        return null;
    }
}
