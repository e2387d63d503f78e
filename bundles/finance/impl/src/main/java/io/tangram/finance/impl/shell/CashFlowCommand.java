package io.tangram.finance.impl.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.CashFlowStatement;
import io.tangram.finance.api.LedgerReports;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code finance:cash-flow [--from D] [--to D]}: the cash flow statement, direct method (现金流量表). */
@Service
@Command(scope = "finance", name = "cash-flow", description = "Cash flow statement, direct method (现金流量表)")
public class CashFlowCommand implements Action {

    @Option(name = "--from", description = "First date (default: 1 January of the last date's year)")
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
        CashFlowStatement cf = console.call(() -> {
            LocalDate last = ConsoleInput.date("to", to);
            LocalDate end = last == null ? LocalDate.now() : last;
            LocalDate first = ConsoleInput.date("from", from);
            return reports.cashFlow(company, first == null ? end.withDayOfYear(1) : first, end);
        });
        if (cf != null) {
            StatementPrinter.print(console.out(), "现金流量表 / Cash flow statement " + cf.from() + " – " + cf.to() + " ("
                    + cf.currency() + ")", cf.lines());
        }
        return null;
    }
}
