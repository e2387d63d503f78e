package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An employee's pay from {@code fromMonth} ({@code 2026-11}) until the next structure. The base,
 * the contribution bases and the city default to the employee's base salary and social-insurance
 * city when not given; the effective figures are what payroll uses.
 *
 * @param otherDeduction monthly other deductions allowed before tax (e.g. enterprise annuity, 商业健康险)
 */
public record SalaryStructure(Long id, String employee, String employeeName, String fromMonth, BigDecimal baseSalary,
                              BigDecimal siBase, BigDecimal hfBase, String city, BigDecimal overtimeRate,
                              BigDecimal otherDeduction, List<Allowance> allowances, String note, String updatedBy,
                              Instant updatedAt) {
}
