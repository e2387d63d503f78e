package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;

/** A special additional deduction as declared: {@code employee} is the employee number, months e.g. {@code 2026-01}. */
public record SpecialDeductionInput(Long companyId, String employee, SpecialDeductionKind kind, BigDecimal amount,
                                    Integer children, String fromMonth, String toMonth, String note) {
}
