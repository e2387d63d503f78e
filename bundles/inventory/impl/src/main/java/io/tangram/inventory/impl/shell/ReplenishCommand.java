package io.tangram.inventory.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseSuggestion;
import io.tangram.inventory.api.Replenishment;
import io.tangram.inventory.api.RequisitionDto;
import io.tangram.inventory.api.RequisitionStatus;
import io.tangram.inventory.api.SuggestionLine;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.masterdata.api.CompanyService;

/**
 * {@code inventory:replenish}: what to buy. Lists products at or below their reorder point and the open
 * requisitions; with {@code --order}, turns them all into draft purchase orders, one per supplier and
 * warehouse.
 */
@Service
@Command(scope = "inventory", name = "replenish",
        description = "Purchase suggestions and open requisitions; --order turns them into purchase orders (补货建议)")
public class ReplenishCommand implements Action {

    @Option(name = "--warehouse", description = "Only this warehouse (code)")
    String warehouse;

    @Option(name = "--order", description = "Create draft purchase orders from every suggestion and open requisition")
    boolean order;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Replenishment replenishment;

    @Reference
    WarehouseService warehouses;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        List<PurchaseSuggestion> suggestions = console.call(() -> replenishment.suggestions(company,
                warehouse == null ? null : console.warehouse(warehouses, "warehouse", warehouse).id()));
        List<RequisitionDto> requisitions = console.call(() -> replenishment.requisitions(company, RequisitionStatus.OPEN));
        if (suggestions == null || requisitions == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Product");
        table.column("Warehouse");
        table.column("On hand").alignRight();
        table.column("On order").alignRight();
        table.column("Reserved").alignRight();
        table.column("Projected").alignRight();
        table.column("Reorder point").alignRight();
        table.column("Propose").alignRight();
        table.column("Supplier");
        table.column("Last price").alignRight();
        for (PurchaseSuggestion s : suggestions) {
            table.addRow().addContent(s.productCode(), s.warehouseCode(), InventoryConsole.plain(s.onHand()),
                    InventoryConsole.plain(s.openPurchase()), InventoryConsole.plain(s.reserved()),
                    InventoryConsole.plain(s.projected()), InventoryConsole.plain(s.reorderPoint()),
                    InventoryConsole.plain(s.proposedQuantity()), InventoryConsole.orEmpty(s.supplierCode()),
                    InventoryConsole.orEmpty(s.lastPrice()));
        }
        table.print(console.out());
        for (RequisitionDto r : requisitions) {
            console.out().printf("Requisition %s: %s %s for %s %s%n", r.number(), InventoryConsole.plain(r.quantity()),
                    r.productCode(), InventoryConsole.orEmpty(r.sourceType()), InventoryConsole.orEmpty(r.sourceRef()));
        }
        console.out().printf("%d suggestion(s), %d open requisition(s)%n", suggestions.size(), requisitions.size());
        if (!order || (suggestions.isEmpty() && requisitions.isEmpty())) {
            return null;
        }
        List<PurchaseOrderDto> created = console.call(() -> replenishment.createPurchaseOrders(company,
                suggestions.stream().map(s -> new SuggestionLine(s.productId(), s.warehouseId(), s.proposedQuantity(),
                        s.supplierId())).toList(),
                requisitions.stream().map(RequisitionDto::id).toList()));
        if (created != null) {
            for (PurchaseOrderDto po : created) {
                console.print(po);
            }
            console.out().printf("Created %d draft purchase order(s)%n", created.size());
        }
        return null;
    }
}
