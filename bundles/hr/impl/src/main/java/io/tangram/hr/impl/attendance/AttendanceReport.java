package io.tangram.hr.impl.attendance;

import java.time.YearMonth;
import java.util.List;

/** The attendance report of a month (考勤月报): per employee and per department. */
public record AttendanceReport(YearMonth month, String department, List<EmployeeMonth> employees,
                               List<DepartmentAttendance> departments) {

    public AttendanceReport {
        employees = List.copyOf(employees);
        departments = List.copyOf(departments);
    }
}
