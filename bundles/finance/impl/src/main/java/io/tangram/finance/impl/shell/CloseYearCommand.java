package io.tangram.finance.impl.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.finance.api.YearEndClosing;
import io.tangram.finance.api.YearEndClosingDto;
import io.tangram.masterdata.api.CompanyService;

/** {@code finance:close-year 2026}: posts the year-end closing of revenue and expenses (年末结转损益). */
@Service
@Command(scope = "finance", name = "close-year",
        description = "Year-end closing: revenue and expenses to profit for the year, then to retained earnings (年末结转)")
public class CloseYearCommand implements Action {

    @Argument(index = 0, name = "year", required = true, description = "Year, e.g. 2026")
    int year;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    YearEndClosing closing;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        FinanceConsole console = new FinanceConsole(session, company);
        YearEndClosingDto closed = console.call(() -> closing.closeYear(company, year));
        if (closed != null) {
            console.out().printf("Year %d closed by voucher %s dated %s: net profit %s to %s / %d 年度已结转，凭证 %s，"
                    + "净利润 %s 转入 %s%n", closed.year(), closed.voucherNumber(), closed.date(), closed.netProfit(),
                    closed.retainedEarningsAccount(), closed.year(), closed.voucherNumber(), closed.netProfit(),
                    closed.retainedEarningsAccount());
        }
        return null;
    }
}
