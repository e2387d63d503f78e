package io.tangram.hr.impl.employee.shell;

import java.io.PrintStream;

import io.tangram.hr.impl.employee.EmployeeDto;

/** How the employee commands print an employee: plain columns, job data only. */
final class EmployeeLines {
    private EmployeeLines() {
    }

    static void header(PrintStream out) {
        out.printf("%-16s %-16s %-14s %-10s %-10s %-10s %-11s %-11s%n", "number", "name", "user", "department",
                "position", "status", "hired", "left");
    }

    static void print(PrintStream out, EmployeeDto e) {
        out.printf("%-16s %-16s %-14s %-10s %-10s %-10s %-11s %-11s%n", e.number(), e.name(), dash(e.username()),
                e.departmentCode(), dash(e.positionCode()), e.status(), e.hireDate(),
                e.leaveDate() == null ? "-" : e.leaveDate());
    }

    static String dash(Object o) {
        return o == null ? "-" : String.valueOf(o);
    }
}
