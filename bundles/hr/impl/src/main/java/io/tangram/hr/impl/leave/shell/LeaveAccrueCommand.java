package io.tangram.hr.impl.leave.shell;

import java.time.YearMonth;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.leave.AccrualRun;
import io.tangram.hr.impl.leave.LeaveBalanceService;
import io.tangram.masterdata.api.CompanyService;

/** {@code hr:leave-accrue 2026 11}: credits a month's leave accruals; running it again changes nothing. */
@Service
@Command(scope = "hr", name = "leave-accrue", description = "Run a month's leave accrual (假期累计)")
public class LeaveAccrueCommand implements Action {

    @Argument(index = 0, name = "year", required = true, description = "Year, e.g. 2026")
    int year;

    @Argument(index = 1, name = "month", required = true, description = "Month 1–12")
    int month;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LeaveBalanceService balances;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        LeaveConsole console = new LeaveConsole(session);
        if (month < 1 || month > 12) {
            console.out().println("month must be between 1 and 12 / 月份必须在 1 到 12 之间");
            return null;
        }
        AccrualRun run = console.call(() -> balances.accrue(company, YearMonth.of(year, month)));
        if (run != null) {
            console.out().printf("%s (%s): %d employees, %d entries, %s days credited, %d already accrued%n",
                    run.period(), run.annualAccrual(), run.employees(), run.entries(), LeaveConsole.days(run.days()),
                    run.alreadyDone());
        }
        return null;
    }
}
