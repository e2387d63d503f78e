package io.tangram.crm.impl.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.view.CustomerView;
import io.tangram.crm.api.view.CustomerViews;
import io.tangram.crm.api.view.Receivables;
import io.tangram.crm.api.view.ViewSection;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyService;

/** {@code crm:customer CUSTOMER [--limit 5]}: the customer 360° view, section by section. */
@Service
@Command(scope = "crm", name = "customer", description = "Customer 360° view (客户全景)")
public class CustomerViewCommand implements Action {

    @Argument(index = 0, name = "customer", required = true, description = "Customer code or id")
    String customer;

    @Option(name = "--limit", description = "Newest items per section (default 5)")
    int limit = 5;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    CustomerViews views;

    @Reference
    PartyService parties;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        CustomerView v = console.call(() -> views.of(SalesConsole.customer(parties, company, customer), limit));
        if (v == null) {
            return null;
        }
        PrintStream out = console.out();
        CustomerDto c = v.profile();
        out.printf("%s %s (#%d)  stage %s  owner %s  orders %d  credit limit %s  tags %s%n", c.code(), c.name(),
                c.partyId(), c.stage(), c.owner(), c.orderCount(), c.creditLimit() == null ? "none"
                        : c.creditLimit().amount().toPlainString(), String.join(",", c.tags()));
        c.contacts().forEach(k -> out.printf("  contact %s %s %s %s%n", k.name(), k.title() == null ? "" : k.title(),
                k.phone() == null ? "" : k.phone(), k.email() == null ? "" : k.email()));
        print(out, "activities", v.activities(), a -> a.occurredAt() + " " + a.type() + " " + a.subject());
        print(out, "open follow-ups", v.followUps(), f -> f.dueOn() + " " + f.subject() + " → " + f.assignee());
        print(out, "opportunities", v.opportunities(), o -> o.name() + " " + o.stageCode() + " " + o.amount());
        print(out, "quotes", v.quotes(), q -> q.number() + " " + q.status() + " " + q.total());
        print(out, "orders", v.orders(), o -> o.number() + " " + o.status() + " " + o.total() + " paid " + o.paid());
        print(out, "shipments", v.shipments(), s -> s.number() + " " + s.shipDate() + " " + s.total() + " "
                + (s.invoiceNumber() != null ? s.invoiceNumber() : s.invoiceNote() == null ? "invoice pending"
                        : s.invoiceNote()));
        print(out, "invoices", v.invoices(), i -> i.number() + " " + i.invoiceDate() + " " + i.status() + " total "
                + i.total() + " open " + i.open());
        print(out, "balance", v.balance(), CustomerViewCommand::balance);
        print(out, "tickets", v.tickets(), t -> t.number() + " " + t.priority() + " " + t.status() + " " + t.subject());
        return null;
    }

    private static String balance(Receivables r) {
        return String.format("open %s, overdue %s (current %s, 1-30 %s, 31-60 %s, 61-90 %s, >90 %s)", r.open(),
                r.overdue(), r.current(), r.days1To30(), r.days31To60(), r.days61To90(), r.over90());
    }

    private static <T> void print(PrintStream out, String title, ViewSection<T> section,
                                  java.util.function.Function<T, String> line) {
        if (!section.available()) {
            out.printf("%s: %s%n", title, section.note());
            return;
        }
        out.printf("%s (%d):%n", title, section.total());
        section.items().forEach(item -> out.println("  " + line.apply(item)));
    }
}
