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

/** {@code crm:order-confirm ORDER}: credit check, stock reservation, requisitions for shortages. */
@Service
@Command(scope = "crm", name = "order-confirm", description = "Confirm a sales order (确认销售订单)")
public class OrderConfirmCommand implements Action {

    @Argument(index = 0, name = "order", required = true, description = "Order number or id")
    String order;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    SalesOrders orders;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        SalesOrderDto o = console.call(() -> orders.confirm(SalesConsole.order(orders, company, order).id()));
        if (o != null) {
            SalesConsole.print(console.out(), o);
        }
        return null;
    }
}
