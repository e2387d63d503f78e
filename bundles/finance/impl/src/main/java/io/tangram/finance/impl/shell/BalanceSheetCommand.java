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

/** {@code finance:balance-sheet [--at D] [--layout CN]}: assets, liabilities and equity at a day (资产负债表). */
@Service
@Command(scope = "finance", name = "balance-sheet", description = "Balance sheet at a day (资产负债表)")
public class BalanceSheetCommand implements Action {

    @Option(name = "--at", description = "Day (default: today)")
    String at;

    @Option(name = "--layout", description = "DEFAULT (by account) or CN (小企业会计准则 会小企01表)")
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
        FinancialStatement bs = console.call(() -> {
            LocalDate day = ConsoleInput.date("at", at);
            StatementLayout form = ConsoleInput.choice("layout", layout, StatementLayout.class);
            return reports.balanceSheet(company, day == null ? LocalDate.now() : day,
                    form == null ? StatementLayout.DEFAULT : form);
        });
        if (bs != null) {
            StatementPrinter.print(console.out(), "资产负债表 / Balance sheet " + bs.to() + " (" + bs.currency() + ")",
                    bs.lines());
        }
        return null;
    }
}
