package io.tangram.crm.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.SalesOrderQuery;
import io.tangram.crm.api.sales.SalesOrderStatus;
import io.tangram.crm.api.sales.SalesOrders;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code crm:orders [--status CONFIRMED]}: sales orders, newest first; {@code crm:orders SO-2026-000001} shows one. */
@Service
@Command(scope = "crm", name = "orders", description = "List sales orders or show one (销售订单)")
public class OrdersCommand implements Action {

    @Argument(index = 0, name = "order", description = "Order number or id to show in full")
    String order;

    @Option(name = "--status", description = "DRAFT, CONFIRMED, PARTIALLY_SHIPPED, SHIPPED, INVOICED, PAID, CANCELLED")
    String status;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    SalesOrders orders;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        if (order != null) {
            SalesOrderDto o = console.call(() -> SalesConsole.order(orders, company, order));
            if (o != null) {
                SalesConsole.print(console.out(), o);
                console.call(() -> orders.shipments(o.id())).forEach(s -> SalesConsole.print(console.out(), s));
            }
            return null;
        }
        Page<SalesOrderDto> page = console.call(() -> orders.search(company, new SalesOrderQuery(null,
                ConsoleInput.choice("status", status, SalesOrderStatus.class), null, null, null), new PageRequest(0, 200)));
        if (page != null) {
            for (SalesOrderDto o : page.items()) {
                console.out().printf("%-16s %-18s %-24s %s  total %14s  paid %14s%n", o.number(), o.status(),
                        o.customerName(), o.orderDate(), o.total(), o.paid());
            }
            console.out().printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
