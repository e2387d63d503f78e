package io.tangram.crm.impl.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.sales.QuoteDto;
import io.tangram.crm.api.sales.QuoteInput;
import io.tangram.crm.api.sales.Quotes;
import io.tangram.crm.api.sales.SalesOrderDto;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.api.ProductService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/**
 * {@code crm:quote add CUSTOMER PRODUCT:QTY[:PRICE[:DISCOUNT%]]...}, {@code crm:quote send ID},
 * {@code crm:quote order ID} (draft sales order), {@code crm:quote list [CUSTOMER]}.
 */
@Service
@Command(scope = "crm", name = "quote", description = "Quotes: add, send, order, list (报价单)")
public class QuoteCommand implements Action {

    @Argument(index = 0, name = "action", required = true, description = "add, send, order or list")
    String action;

    @Argument(index = 1, name = "target", description = "Customer (add, list) or quote id (send, order)")
    String target;

    @Argument(index = 2, name = "lines", multiValued = true, description = "PRODUCT:QTY[:PRICE[:DISCOUNT%]] (add)")
    List<String> lines;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Quotes quotes;

    @Reference
    PartyService parties;

    @Reference
    ProductService products;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        switch (action) {
            case "add" -> print(console, console.call(() -> quotes.create(new QuoteInput(company,
                    SalesConsole.customer(parties, company, required()), null, null, null, null, null,
                    SalesConsole.lines(products, company, lines)))));
            case "send" -> print(console, console.call(() -> quotes.send(id())));
            case "order" -> {
                SalesOrderDto o = console.call(() -> quotes.toOrder(id()));
                if (o != null) {
                    SalesConsole.print(console.out(), o);
                }
            }
            case "list" -> {
                List<QuoteDto> list = console.call(() -> quotes.list(company, target == null ? null
                        : SalesConsole.customer(parties, company, target), null));
                if (list != null) {
                    list.forEach(q -> console.out().printf("%-16s #%-6d %-9s %-24s %s  total %14s%n", q.number(), q.id(),
                            q.status(), q.customerName(), q.quoteDate(), q.total()));
                }
            }
            default -> console.out().println("action must be add, send, order or list / 操作必须是 add、send、order 或 list");
        }
        return null;
    }

    private String required() {
        if (target == null) {
            throw ValidationException.of("target", Text.of("is required", "必填"));
        }
        return target;
    }

    private long id() {
        try {
            return Long.parseLong(required().strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("target", Text.of("must be a quote id such as 12", "必须是报价单编号，例如 12"));
        }
    }

    private static void print(CrmConsole console, QuoteDto q) {
        if (q != null) {
            SalesConsole.print(console.out(), q);
        }
    }
}
