package io.tangram.finance.impl.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.FinancialStatement;
import io.tangram.finance.api.LedgerReports;
import io.tangram.finance.api.StatementLayout;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:income-statement [--from D] [--to D] [--layout CN]}: revenue, expenses and profit (利润表). */
@Service
@Command(scope = "finance", name = "income-statement", description = "Income statement over a span (利润表)")
public class IncomeStatementCommand implements Action {

    @Option(name = "--from", description = "First date (default: 1 January of the last date's year)")
    String from;

    @Option(name = "--to", description = "Last date (default: today)")
    String to;

    @Option(name = "--layout", description = "DEFAULT (by account) or CN (小企业会计准则 会小企02表)")
    String layout;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LedgerReports reports;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        FinancialStatement is = console.call(() -> {
            LocalDate last = ConsoleInput.date("to", to);
            LocalDate end = last == null ? LocalDate.now() : last;
            LocalDate first = ConsoleInput.date("from", from);
            StatementLayout form = ConsoleInput.choice("layout", layout, StatementLayout.class);
            return reports.incomeStatement(company, first == null ? end.withDayOfYear(1) : first, end,
                    form == null ? StatementLayout.DEFAULT : form);
        });
        if (is != null) {
            StatementPrinter.print(console.out(), "利润表 / Income statement " + is.from() + " – " + is.to() + " ("
                    + is.currency() + ")", is.lines());
        }
        return null;
    }
}
