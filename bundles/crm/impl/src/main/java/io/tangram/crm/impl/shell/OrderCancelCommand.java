package io.tangram.crm.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.SalesOrders;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;

/** {@code crm:order-cancel ORDER REASON}: cancels an order nothing was shipped from, releasing its stock. */
@Service
@Command(scope = "crm", name = "order-cancel", description = "Cancel a sales order (取消销售订单)")
public class OrderCancelCommand implements Action {

    @Argument(index = 0, name = "order", required = true, description = "Order number or id")
    String order;

    @Argument(index = 1, name = "reason", required = true, description = "Why")
    String reason;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    SalesOrders orders;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        SalesOrderDto o = console.call(() -> orders.cancel(SalesConsole.order(orders, company, order).id(), reason));
        if (o != null) {
            SalesConsole.print(console.out(), o);
        }
        return null;
    }
}
