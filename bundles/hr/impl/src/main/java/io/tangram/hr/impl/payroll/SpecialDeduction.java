package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One special additional deduction an employee declared, for the months {@code fromMonth} to
 * {@code toMonth} ({@code null}: open). {@code amount} is the monthly amount (the yearly one for
 * serious illness); {@code children} counts the children for the per-child kinds.
 */
public record SpecialDeduction(Long id, Long employeeId, SpecialDeductionKind kind, BigDecimal amount, Integer children,
                               YearMonth fromMonth, YearMonth toMonth, String note, String updatedBy,
                               Instant updatedAt) {

    /** Deducted in monthly withholding for {@code month}. */
    public boolean appliesTo(YearMonth month) {
        return kind.monthly() && !fromMonth.isAfter(month) && (toMonth == null || !toMonth.isBefore(month));
    }
}
