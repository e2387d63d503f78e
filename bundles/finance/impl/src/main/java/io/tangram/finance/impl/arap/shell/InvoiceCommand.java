package io.tangram.finance.impl.arap.shell;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceInput;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.Invoices;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code finance:invoice [--kind PURCHASE] [--post] PARTY 'Consulting:10:800:0.06' …}: enters an
 * invoice, and posts it with {@code --post}; {@code finance:invoice --show SI-2026-000001} shows one.
 */
@Service
@Command(scope = "finance", name = "invoice", description = "Enter (and post) an invoice, or show one (录入/查看发票)")
public class InvoiceCommand implements Action {

    @Argument(index = 0, name = "party", description = "Customer or supplier id; with --show the invoice number or id")
    String party;

    @Argument(index = 1, name = "lines", multiValued = true,
            description = "DESCRIPTION:QTY:PRICE:RATE, e.g. Consulting:10:800:0.06 (net unit price, VAT rate)")
    List<String> lines;

    @Option(name = "--kind", description = "SALES (default) or PURCHASE")
    String kind;

    @Option(name = "--date", description = "Invoice date, e.g. 2026-11-30 (default today)")
    String date;

    @Option(name = "--terms", description = "Payment terms in days (default the party's)")
    Integer terms;

    @Option(name = "--external", description = "The supplier's invoice number")
    String external;

    @Option(name = "--description", description = "What the invoice is for")
    String description;

    @Option(name = "--post", description = "Post it at once")
    boolean post;

    @Option(name = "--show", description = "Show the invoice named by the first argument instead")
    boolean show;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Invoices invoices;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ArApConsole console = new ArApConsole(session, company);
        InvoiceDto result = console.call(() -> {
            if (show) {
                return console.invoice(invoices, party == null ? "" : party);
            }
            InvoiceKind k = ConsoleInput.choice("kind", kind, InvoiceKind.class);
            LocalDate on = ConsoleInput.date("date", date);
            Long partyId = party == null ? null : ArApConsole.id("party", party);
            InvoiceDto draft = invoices.draft(new InvoiceInput(company, k == null ? InvoiceKind.SALES : k, partyId,
                    on == null ? LocalDate.now(ZoneId.systemDefault()) : on, terms, null, external, description,
                    ArApConsole.lines(lines)));
            return post ? invoices.post(draft.id()) : draft;
        });
        if (result != null) {
            console.printWithLines(result);
        }
        return null;
    }
}
