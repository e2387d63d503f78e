package io.tangram.hr.impl.leave.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.leave.LeaveType;
import io.tangram.hr.impl.leave.LeaveTypeService;
import io.tangram.masterdata.api.CompanyService;

/** {@code hr:leave-types [--all]}: the active leave types with their rules, with {@code --all} the deactivated ones too. */
@Service
@Command(scope = "hr", name = "leave-types", description = "List leave types (假期类型)")
public class LeaveTypesCommand implements Action {

    @Option(name = "--all", description = "Also the deactivated types")
    boolean all;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    LeaveTypeService types;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        LeaveConsole console = new LeaveConsole(session);
        List<LeaveType> list = console.call(() -> types.list(company, all));
        if (list != null) {
            console.out().printf("%-12s %-20s %-8s %-6s %-14s %-7s %-8s %-6s %s%n", "code", "name", "name zh", "paid",
                    "rule", "days", "accrual", "halves", "carry-over");
            for (LeaveType t : list) {
                console.out().printf("%-12s %-20s %-8s %-6s %-14s %-7s %-8s %-6s %s%s%n", t.code(), t.name(), t.nameZh(),
                        t.paid() ? "yes" : "no", t.entitlementRule(), LeaveConsole.days(t.entitlementDays()), t.accrual(),
                        t.halfDaysAllowed() ? "yes" : "no", LeaveConsole.days(t.maxCarryOverDays()),
                        t.active() ? "" : " (inactive)");
            }
        }
        return null;
    }
}
