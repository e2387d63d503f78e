package io.tangram.hr.api.employee;

import java.time.LocalDate;

/**
 * An employee's job data as other modules may see it; sensitive fields (salary, bank account, ID
 * number) are never part of it.
 *
 * @param number         employee number, e.g. {@code E0001}
 * @param username       the platform user account, {@code null} before onboarding created one
 * @param departmentCode code of the department the employee works in
 * @param costCentre     cost centre the employee's labour cost is charged to
 * @param status         {@code ONBOARDING}, {@code PROBATION}, {@code REGULAR} or {@code RESIGNED}
 */
public record EmployeeSummary(String number, String username, String name, String departmentCode,
                              String positionCode, String costCentre, String status, LocalDate hireDate,
                              LocalDate leaveDate) {
}
