package io.tangram.inventory.impl.shell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.inventory.api.GoodsReceiptDto;
import io.tangram.inventory.api.GoodsReceiptInput;
import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseOrderLineDto;
import io.tangram.inventory.api.PurchaseOrderQuery;
import io.tangram.inventory.api.PurchaseOrderStatus;
import io.tangram.inventory.api.PurchaseOrders;
import io.tangram.inventory.api.ReceiptLineInput;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * {@code inventory:po ACTION [ORDER] [...]}: works a purchase order through its life from the console.
 * {@code list}, {@code show}, {@code submit}, {@code approve}, {@code reject REASON}, {@code cancel REASON},
 * {@code close}, and {@code receive [PRODUCT:QUANTITY ...]} (everything still open when no items are given).
 */
@Service
@Command(scope = "inventory", name = "po",
        description = "Purchase orders (采购订单): list, show, submit, approve, reject, cancel, close, receive")
public class PoCommand implements Action {

    @Argument(index = 0, name = "action", required = true,
            description = "list | show | submit | approve | reject | cancel | close | receive")
    @Completion(value = StringsCompleter.class,
            values = {"list", "show", "submit", "approve", "reject", "cancel", "close", "receive"})
    String action;

    @Argument(index = 1, name = "order", description = "Purchase order number (or id); not for list")
    String order;

    @Argument(index = 2, name = "details", multiValued = true,
            description = "reject/cancel: the reason; receive: PRODUCT:QUANTITY items (default: all that is open)")
    List<String> details;

    @Option(name = "--status", description = "list: only orders in this status, e.g. APPROVED")
    String status;

    @Option(name = "--supplier", description = "list: only this supplier's orders (code)")
    String supplier;

    @Option(name = "--lot", description = "receive: lot number for every received line")
    String lot;

    @Option(name = "--note", description = "receive: note on the goods receipt")
    String note;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    PurchaseOrders orders;

    @Reference
    PartyService parties;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        InventoryConsole console = new InventoryConsole(session, company);
        if ("list".equals(action)) {
            list(console);
            return null;
        }
        Object result = console.call(() -> {
            if (order == null || order.isBlank()) {
                throw ValidationException.of("order", Text.of("is required: the purchase order number",
                        "必填：采购订单号"));
            }
            long id = console.order(orders, order).id();
            return switch (action) {
                case "show" -> orders.get(id);
                case "submit" -> orders.submit(id);
                case "approve" -> orders.approve(id);
                case "reject" -> orders.reject(id, reason());
                case "cancel" -> orders.cancel(id, reason());
                case "close" -> orders.close(id);
                case "receive" -> orders.receive(id, new GoodsReceiptInput(receiptLines(orders.get(id)), note));
                default -> throw ValidationException.of("action", Text.of(
                        "must be one of list, show, submit, approve, reject, cancel, close, receive",
                        "必须是以下之一：list, show, submit, approve, reject, cancel, close, receive"));
            };
        });
        if (result instanceof PurchaseOrderDto po) {
            console.print(po);
        } else if (result instanceof GoodsReceiptDto receipt) {
            console.out().printf("Goods receipt %s for %s, value %s%n", receipt.number(), receipt.purchaseOrderNumber(),
                    receipt.totalValue());
            for (StockMoveDto move : receipt.moves()) {
                console.out().printf("  %s %s into %s at %s%n", InventoryConsole.plain(move.quantity()), move.productCode(),
                        move.warehouseCode(), InventoryConsole.plain(move.unitCost()));
            }
            console.print(orders.get(receipt.purchaseOrderId()));
        }
        return null;
    }

    private String reason() {
        return details == null ? null : String.join(" ", details);
    }

    private List<ReceiptLineInput> receiptLines(PurchaseOrderDto po) {
        List<ReceiptLineInput> lines = new ArrayList<>();
        if (details == null || details.isEmpty()) {
            for (PurchaseOrderLineDto line : po.lines()) {
                BigDecimal open = line.quantity().subtract(line.receivedQuantity());
                if (open.signum() > 0) {
                    lines.add(new ReceiptLineInput(line.id(), open, lot));
                }
            }
            return lines;
        }
        List<InventoryConsole.ItemSpec> items = InventoryConsole.items("details", details, false);
        for (InventoryConsole.ItemSpec item : items) {
            PurchaseOrderLineDto line = po.lines().stream()
                    .filter(l -> l.productCode().equalsIgnoreCase(item.product())
                            && l.receivedQuantity().compareTo(l.quantity()) < 0)
                    .findFirst()
                    .or(() -> po.lines().stream().filter(l -> l.productCode().equalsIgnoreCase(item.product())).findFirst())
                    .orElseThrow(() -> ValidationException.of("details[" + (lines.size() + 1) + "]",
                            Text.of("{0} is not on purchase order {1}", "{0} 不在采购订单 {1} 上", item.product(), po.number())));
            lines.add(new ReceiptLineInput(line.id(), item.quantity(), lot));
        }
        return lines;
    }

    private void list(InventoryConsole console) throws Exception {
        Page<PurchaseOrderDto> page = console.call(() -> orders.search(company, new PurchaseOrderQuery(
                ConsoleInput.choice("status", status, PurchaseOrderStatus.class),
                supplier == null ? null : console.party(parties, "supplier", supplier).id(), null), PageRequest.of(0, 200)));
        if (page == null) {
            return;
        }
        ShellTable table = new ShellTable();
        table.column("Number");
        table.column("Status");
        table.column("Supplier");
        table.column("Warehouse");
        table.column("Ordered");
        table.column("Expected");
        table.column("Total").alignRight();
        for (PurchaseOrderDto po : page.items()) {
            table.addRow().addContent(po.number(), po.status(), po.supplierCode(), po.warehouseCode(), po.orderDate(),
                    InventoryConsole.orEmpty(po.expectedDate()), po.total());
        }
        table.print(console.out());
        console.out().printf("%d of %d%n", page.items().size(), page.total());
    }
}
