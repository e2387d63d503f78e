package io.tangram.finance.impl.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.finance.api.LedgerReports;
import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.api.TrialBalanceLine;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:trial-balance [--from D] [--to D]}: opening, movement and closing per account (科目余额表). */
@Service
@Command(scope = "finance", name = "trial-balance",
        description = "Trial balance: opening, movement and closing per account (科目余额表)")
public class TrialBalanceCommand implements Action {

    @Option(name = "--from", description = "First date (default: the first of this month)")
    String from;

    @Option(name = "--to", description = "Last date (default: today)")
    String to;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LedgerReports reports;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        TrialBalance tb = console.call(() -> {
            LocalDate last = ConsoleInput.date("to", to);
            LocalDate end = last == null ? LocalDate.now() : last;
            LocalDate first = ConsoleInput.date("from", from);
            return reports.trialBalance(company, first == null ? end.withDayOfMonth(1) : first, end);
        });
        if (tb == null) {
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Account");
        table.column("Name");
        table.column("Opening Dr").alignRight();
        table.column("Opening Cr").alignRight();
        table.column("Debit").alignRight();
        table.column("Credit").alignRight();
        table.column("Closing Dr").alignRight();
        table.column("Closing Cr").alignRight();
        for (TrialBalanceLine l : tb.lines()) {
            table.addRow().addContent("  ".repeat(l.level() - 1) + l.accountCode(), l.accountName(),
                    l.openingDebit().amount(), l.openingCredit().amount(), l.debit().amount(), l.credit().amount(),
                    l.closingDebit().amount(), l.closingCredit().amount());
        }
        table.addRow().addContent("Total", "合计", tb.openingDebit().amount(), tb.openingCredit().amount(),
                tb.debit().amount(), tb.credit().amount(), tb.closingDebit().amount(), tb.closingCredit().amount());
        table.print(console.out());
        console.out().printf("%s to %s, %s: %s%n", tb.from(), tb.to(), tb.currency(),
                tb.balanced() ? "balanced / 平衡" : "NOT BALANCED / 不平衡");
        return null;
    }
}
