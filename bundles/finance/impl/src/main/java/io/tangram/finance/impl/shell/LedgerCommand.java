package io.tangram.finance.impl.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import io.tangram.finance.api.AccountLedger;
import io.tangram.finance.api.LedgerEntry;
import io.tangram.finance.api.LedgerReports;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:ledger [--from D] [--to D] CODE}: an account's posted lines with the running balance (明细账). */
@Service
@Command(scope = "finance", name = "ledger", description = "General ledger of one account (明细账)")
public class LedgerCommand implements Action {

    @Argument(index = 0, name = "account", required = true, description = "Account code, e.g. 1002")
    String account;

    @Option(name = "--from", description = "First date (default: the first of the last date's month)")
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
        AccountLedger ledger = console.call(() -> {
            LocalDate last = ConsoleInput.date("to", to);
            LocalDate end = last == null ? LocalDate.now() : last;
            LocalDate first = ConsoleInput.date("from", from);
            return reports.generalLedger(company, account.strip(), first == null ? end.withDayOfMonth(1) : first, end);
        });
        if (ledger == null) {
            return null;
        }
        console.out().printf("%s %s (%s) %s – %s%n", ledger.accountCode(), ledger.accountName(), ledger.normalBalance(),
                ledger.from(), ledger.to());
        ShellTable table = new ShellTable();
        table.column("Date 日期");
        table.column("Voucher 凭证号");
        table.column("Description 摘要");
        table.column("Debit 借方").alignRight();
        table.column("Credit 贷方").alignRight();
        table.column("Balance 余额").alignRight();
        table.addRow().addContent(ledger.from(), "", "期初余额 Opening balance", "", "", ledger.opening().amount());
        for (LedgerEntry e : ledger.entries()) {
            table.addRow().addContent(e.date(), e.voucherNumber(), FinanceConsole.orEmpty(e.description()),
                    e.debit().amount(), e.credit().amount(), e.balance().amount());
        }
        table.addRow().addContent(ledger.to(), "", "本期合计 Total", ledger.debit().amount(), ledger.credit().amount(),
                ledger.closing().amount());
        table.print(console.out());
        return null;
    }
}
