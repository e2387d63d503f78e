package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.util.List;

/** A salary structure as entered: {@code employee} is the employee number, {@code fromMonth} e.g. {@code 2026-11}. */
public record SalaryStructureInput(Long companyId, String employee, String fromMonth, BigDecimal baseSalary,
                                   BigDecimal siBase, BigDecimal hfBase, String city, BigDecimal overtimeRate,
                                   BigDecimal otherDeduction, List<Allowance> allowances, String note) {
}
