package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One company's payroll for one month ({@code PR-2026-11}) with its totals and who moved it on.
 *
 * @param financeStatus {@code SENT} when the posting went to finance, {@code SKIPPED} when finance
 *                      was not installed ({@code financeNote} says so in English and Chinese)
 * @param payslipNotice whether employees were notified of their payslips at approval, or why not
 */
public record PayrollRun(long id, long companyId, String number, String period, PayrollRunStatus status, String currency,
                         int headcount, BigDecimal gross, BigDecimal incomeTax, BigDecimal netPay,
                         BigDecimal employerCost, String financeStatus, String financeNote, String financeNoteZh,
                         String payslipNotice, String payslipNoticeZh,
                         String createdBy, Instant createdAt, String reviewedBy, Instant reviewedAt, String approvedBy,
                         Instant approvedAt, String postedBy, Instant postedAt, Instant computedAt) {
}
