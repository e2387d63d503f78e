package io.tangram.crm.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.api.sales.SalesOrderInput;
import io.tangram.crm.api.sales.SalesOrders;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductService;

/**
 * {@code crm:order-add [--confirm] CUSTOMER PRODUCT:QTY[:PRICE[:DISCOUNT%]]...}: a sales order, priced
 * from the price lists where no price is typed; {@code --confirm} confirms it at once.
 */
@Service
@Command(scope = "crm", name = "order-add", description = "Enter a sales order (录入销售订单)")
public class OrderAddCommand implements Action {

    @Argument(index = 0, name = "customer", required = true, description = "Customer code or id")
    String customer;

    @Argument(index = 1, name = "lines", required = true, multiValued = true, description = "PRODUCT:QTY[:PRICE[:DISCOUNT%]]")
    List<String> lines;

    @Option(name = "--confirm", description = "Confirm the order at once (credit check, stock reservation)")
    boolean confirm;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    SalesOrders orders;

    @Reference
    PartyService parties;

    @Reference
    ProductService products;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        SalesOrderDto o = console.call(() -> {
            SalesOrderDto created = orders.create(new SalesOrderInput(company, SalesConsole.customer(parties, company,
                    customer), null, null, null, null, null, null, SalesConsole.lines(products, company, lines)));
            return confirm ? orders.confirm(created.id()) : created;
        });
        if (o != null) {
            SalesConsole.print(console.out(), o);
        }
        return null;
    }
}
