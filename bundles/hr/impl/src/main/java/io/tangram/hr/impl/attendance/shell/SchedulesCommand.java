package io.tangram.hr.impl.attendance.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.attendance.ScheduleService;
import io.tangram.hr.impl.attendance.WorkSchedule;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;

/** {@code hr:schedules}: the company's work schedules with their hours, weekdays and grace minutes. */
@Service
@Command(scope = "hr", name = "schedules", description = "List work schedules (班次列表)")
public class SchedulesCommand implements Action {

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    ScheduleService schedules;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        List<WorkSchedule> all = ConsoleCall.run(session.get("USER"), out, () -> schedules.schedules(company));
        if (all != null) {
            out.printf("%-8s %-24s %-12s %-11s %-6s %-20s %-6s %-6s %-9s %s%n", "code", "name", "name (zh)", "hours",
                    "break", "days", "late", "early", "overtime", "active");
            for (WorkSchedule s : all) {
                out.printf("%-8s %-24s %-12s %s-%s %-6d %-20s %-6d %-6d %-9d %s%n", s.code(), s.name(),
                        s.nameZh() == null ? "-" : s.nameZh(), s.start(), s.end(), s.breakMinutes(),
                        String.join(",", s.workingDays()), s.lateGraceMinutes(), s.earlyGraceMinutes(),
                        s.overtimeThresholdMinutes(), s.active() ? "yes" : "no");
            }
        }
        return null;
    }
}
