package io.tangram.hr.impl.attendance;

/** One employee's monthly attendance with who they are, for lists and reports. */
public record EmployeeMonth(String employee, String name, String departmentCode, String departmentName,
                            MonthlyAttendance attendance) {
}
