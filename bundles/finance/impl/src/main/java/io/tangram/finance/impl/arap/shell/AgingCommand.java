package io.tangram.finance.impl.arap.shell;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.arap.AgingAmounts;
import io.tangram.finance.api.arap.AgingReport;
import io.tangram.finance.api.arap.OpenItemKind;
import io.tangram.finance.api.arap.OpenItems;
import io.tangram.finance.api.arap.PartyAging;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:aging [--at 2026-11-30] RECEIVABLE|PAYABLE}: open items by party and days overdue. */
@Service
@Command(scope = "finance", name = "aging", description = "Aging of receivables or payables (账龄分析)")
public class AgingCommand implements Action {

    @Argument(index = 0, name = "kind", description = "RECEIVABLE (default) or PAYABLE")
    String kind;

    @Option(name = "--at", description = "Aging date (default today)")
    String at;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    OpenItems openItems;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ArApConsole console = new ArApConsole(session, company);
        AgingReport report = console.call(() -> {
            OpenItemKind k = ConsoleInput.choice("kind", kind, OpenItemKind.class);
            LocalDate on = ConsoleInput.date("at", at);
            return openItems.aging(company, k == null ? OpenItemKind.RECEIVABLE : k,
                    on == null ? LocalDate.now(ZoneId.systemDefault()) : on);
        });
        if (report != null) {
            console.out().printf("%s at %s (%s)%n%-8s %14s %14s %14s %14s %14s %14s%n", report.kind(), report.at(),
                    report.currency(), "party", "current", "1-30", "31-60", "61-90", ">90", "total");
            for (PartyAging p : report.parties()) {
                row(console, String.valueOf(p.partyId()), p.amounts());
            }
            row(console, "total", report.totals());
        }
        return null;
    }

    private static void row(ArApConsole console, String label, AgingAmounts a) {
        console.out().printf("%-8s %14s %14s %14s %14s %14s %14s%n", label, a.current().amount().toPlainString(),
                a.days1To30().amount().toPlainString(), a.days31To60().amount().toPlainString(),
                a.days61To90().amount().toPlainString(), a.over90().amount().toPlainString(),
                a.total().amount().toPlainString());
    }
}
