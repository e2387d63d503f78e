package io.tangram.hr.impl.employee;

/** Filters of the employee list; {@code q} matches number, name or user name. */
public record EmployeeQuery(String q, String departmentCode, EmployeeStatus status) {

    public static EmployeeQuery all() {
        return new EmployeeQuery(null, null, null);
    }
}
