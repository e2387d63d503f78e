package io.tangram.hr.impl.attendance.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.attendance.AttendanceService;
import io.tangram.hr.impl.attendance.ComputeResult;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;

/** {@code hr:attendance-compute 2026-11-01 2026-11-30 [--employee E0001]}: recomputes daily results (up to today). */
@Service
@Command(scope = "hr", name = "attendance-compute", description = "Recompute daily attendance (重算考勤)")
public class AttendanceComputeCommand implements Action {

    @Argument(index = 0, name = "from", required = true, description = "First day, e.g. 2026-11-01")
    String from;

    @Argument(index = 1, name = "to", required = true, description = "Last day, e.g. 2026-11-30")
    String to;

    @Option(name = "--employee", description = "Only this employee number (default everyone employed then)")
    String employee;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    AttendanceService attendance;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        ComputeResult r = ConsoleCall.run(session.get("USER"), out, () -> attendance.compute(company,
                ConsoleInput.date("from", from), ConsoleInput.date("to", to), employee));
        if (r != null) {
            out.printf("%d employee(s), %d day(s) computed from %s to %s%n", r.employees(), r.days(), r.from(), r.to());
        }
        return null;
    }
}
