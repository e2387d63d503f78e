package io.tangram.hr.impl.employee;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One employee as the other HR areas need them (attendance, leave, payroll, reviews): job data
 * and the pay-relevant fields. Internal to HR; never returned as such through REST.
 *
 * @param costCentre the employee's own cost centre, else the department's
 * @param city       social-insurance city code (payroll policy), may be {@code null}
 * @param managerId  employee id of the manager (department manager, or the parent department's
 *                   for the manager), {@code null} at the top
 */
public record EmployeeFacts(long id, long companyId, String number, String username, String name,
                            long departmentId, String departmentCode, String departmentName,
                            String costCentre, String positionCode, String status, LocalDate hireDate,
                            LocalDate probationEnd, LocalDate leaveDate, String city, BigDecimal baseSalary,
                            String currency, String bankName, String bankAccount, Long managerId) {

    /** Employed on {@code date}: hired on or before it and not left before it. */
    public boolean employedOn(LocalDate date) {
        return !hireDate.isAfter(date) && (leaveDate == null || !leaveDate.isBefore(date));
    }
}
