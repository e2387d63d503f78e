package io.tangram.hr.impl.attendance.shell;

import java.io.PrintStream;
import java.time.YearMonth;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.hr.impl.attendance.AttendanceDay;
import io.tangram.hr.impl.attendance.AttendanceService;
import io.tangram.hr.impl.attendance.EmployeeMonth;
import io.tangram.hr.impl.attendance.MonthlyAttendance;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.web.api.RequestParams;

/** {@code hr:attendance E0001 2026-11}: an employee's days of the month and the month's summary. */
@Service
@Command(scope = "hr", name = "attendance", description = "An employee's attendance of a month (员工月度考勤)")
public class AttendanceCommand implements Action {

    @Argument(index = 0, name = "employee", required = true, description = "Employee number, e.g. E0001")
    String employee;

    @Argument(index = 1, name = "month", required = true, description = "Month, e.g. 2026-11")
    String month;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    AttendanceService attendance;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        record Result(Page<AttendanceDay> days, EmployeeMonth month) {
        }
        Result r = ConsoleCall.run(session.get("USER"), out, () -> {
            YearMonth m = month(month);
            EmployeeMonth summary = attendance.month(company, employee, m);
            return new Result(attendance.days(company, employee, m.atDay(1), m.atEndOfMonth(), PageRequest.of(0, 31)),
                    summary);
        });
        if (r == null) {
            return null;
        }
        out.printf("%s %s (%s)%n", r.month().employee(), r.month().name(), r.month().departmentCode());
        out.printf("%-10s %-3s %-15s %-5s %-5s %5s %5s %6s %8s %s%n", "date", "day", "status", "in", "out", "late", "early",
                "worked", "overtime", "leave");
        for (AttendanceDay d : r.days().items()) {
            out.printf("%-10s %-3s %-15s %-5s %-5s %5d %5d %6d %8d %s%n", d.date(),
                    d.date().getDayOfWeek().name().substring(0, 3), d.status(),
                    d.firstIn() == null ? "-" : d.firstIn().toLocalTime(), d.lastOut() == null ? "-" : d.lastOut().toLocalTime(),
                    d.lateMinutes(), d.earlyMinutes(), d.workedMinutes(), d.overtimeMinutes(),
                    d.leaveType() == null ? "" : d.leaveType());
        }
        MonthlyAttendance m = r.month().attendance();
        out.printf("workdays %s, present %s, absent %s, paid leave %s, unpaid leave %s, late %d, early %d, overtime %s h%n",
                m.workdays(), m.presentDays(), m.absentDays(), m.paidLeaveDays(), m.unpaidLeaveDays(), m.lateCount(),
                m.earlyLeaveCount(), m.overtimeHours());
        return null;
    }

    static YearMonth month(String typed) {
        return RequestParams.month("month", typed);
    }
}
