package io.tangram.hr.impl.leave.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.leave.BalanceLine;
import io.tangram.hr.impl.leave.LeaveBalanceService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code hr:leave-balances E0002 [--on 2026-11-30]}: one employee's balance of every leave type. */
@Service
@Command(scope = "hr", name = "leave-balances", description = "Show an employee's leave balances (假期余额)")
public class LeaveBalancesCommand implements Action {

    @Argument(index = 0, name = "employee", required = true, description = "Employee number")
    String employee;

    @Option(name = "--on", description = "Balance on this day (default today)")
    String on;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LeaveBalanceService balances;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        LeaveConsole console = new LeaveConsole(session);
        List<BalanceLine> lines = console.call(() -> balances.balances(company, employee, ConsoleInput.date("on", on)));
        if (lines != null) {
            console.out().printf("%-12s %-8s %-9s %-8s %-7s %s%n", "type", "name zh", "entitled", "accrued", "taken",
                    "available");
            for (BalanceLine l : lines) {
                console.out().printf("%-12s %-8s %-9s %-8s %-7s %s%n", l.leaveType(), l.leaveTypeNameZh(),
                        LeaveConsole.days(l.entitled()), LeaveConsole.days(l.accrued()), LeaveConsole.days(l.taken()),
                        LeaveConsole.days(l.available()));
            }
        }
        return null;
    }
}
