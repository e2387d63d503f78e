package io.tangram.finance.impl.arap.shell;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceQuery;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.api.arap.Invoices;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code finance:invoices [--kind SALES] [--party 10] [--status POSTED] [--overdue]}: lists invoices, newest first. */
@Service
@Command(scope = "finance", name = "invoices", description = "List invoices and credit notes (发票列表)")
public class InvoicesCommand implements Action {

    @Option(name = "--kind", description = "SALES or PURCHASE")
    String kind;

    @Option(name = "--party", description = "Customer or supplier id")
    Long party;

    @Option(name = "--status", description = "DRAFT, POSTED, PARTIALLY_PAID, PAID or CREDITED")
    String status;

    @Option(name = "--overdue", description = "Only invoices open past their due date")
    boolean overdue;

    @Option(name = "--limit", description = "How many (default 50)")
    Integer limit;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    Invoices invoices;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ArApConsole console = new ArApConsole(session, company);
        Page<InvoiceDto> page = console.call(() -> invoices.search(company, new InvoiceQuery(
                ConsoleInput.choice("kind", kind, InvoiceKind.class), party,
                ConsoleInput.choice("status", status, InvoiceStatus.class),
                overdue ? LocalDate.now(ZoneId.systemDefault()) : null, null, null), PageRequest.of(0, limit)));
        if (page != null) {
            page.items().forEach(console::print);
            console.out().printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
