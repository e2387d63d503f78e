package io.tangram.inventory.impl.shell;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseOrderInput;
import io.tangram.inventory.api.PurchaseOrderLineInput;
import io.tangram.inventory.api.PurchaseOrders;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.console.ConsoleInput;

@Service
@Command(scope = "inventory", name = "po-create", description = "Creates a draft purchase order (新建采购订单)")
public class PoCreateCommand implements Action {

    @Argument(index = 0, name = "supplier", required = true, description = "Supplier code")
    String supplier;

    @Argument(index = 1, name = "warehouse", required = true, description = "Warehouse code the goods go to")
    String warehouse;

    @Argument(index = 2, name = "items", required = true, multiValued = true,
            description = "Lines as PRODUCT:QUANTITY:PRICE (price excluding VAT), e.g. P-100:10:5.20")
    List<String> items;

    @Option(name = "--expected", description = "Expected delivery day, e.g. 2026-12-01")
    String expected;

    @Option(name = "--tax-rate", description = "Tax rate code for every line (default: each product's)")
    String taxRate;

    @Option(name = "--note", description = "Note")
    String note;

    @Option(name = "--submit", description = "Submit for approval right away")
    boolean submit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PurchaseOrders orders;

    @Reference
    PartyService parties;

    @Reference
    ProductService products;

    @Reference
    WarehouseService warehouses;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        PurchaseOrderDto order = console.call(() -> {
            List<PurchaseOrderLineInput> lines = new ArrayList<>();
            for (InventoryConsole.ItemSpec item : InventoryConsole.items("items", items, true)) {
                lines.add(new PurchaseOrderLineInput(console.product(products, "items", item.product()).id(),
                        item.quantity(), item.price(), taxRate, null));
            }
            PurchaseOrderDto created = orders.create(new PurchaseOrderInput(company,
                    console.party(parties, "supplier", supplier).id(), console.warehouse(warehouses, "warehouse", warehouse).id(),
                    ConsoleInput.date("expected", expected), null, note, lines));
            return submit ? orders.submit(created.id()) : created;
        });
        if (order != null) {
            console.print(order);
        }
        return null;
    }
}
