package io.tangram.hr.impl.leave;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A leave request as HR and the employee see it.
 *
 * @param fromHalf       {@code PM}: the first day starts at noon; {@code AM} on a one-day request: the morning only
 * @param toHalf         {@code AM}: the last day ends at noon; {@code PM} on a one-day request: the afternoon only
 * @param days           working days (calendar days for types counted so), halves as 0.5
 * @param source         {@code HR} (asked here) or {@code OA} (an approved OA leave form, {@code sourceRef})
 * @param approvalPath   {@code OA} (OA workflow, {@code approvalRef}), {@code MANAGER} (the employee's
 *                       manager or HR approve here) or {@code OA_FORM} (approved in an OA form)
 * @param approvalNote   why this path was taken, e.g. that OA was skipped and why
 */
public record LeaveRequest(long id, long companyId, String number, long employeeId, String employee,
                           String employeeName, String leaveType, LocalDate from, Half fromHalf, LocalDate to,
                           Half toHalf, BigDecimal days, String reason, String attachment, Status status, String source,
                           String sourceRef, String approvalPath, String approvalRef, String approvalNote,
                           String approvalNoteZh, String decidedBy, Instant decidedAt, String decisionComment,
                           String createdBy, Instant createdAt) {

    /** Half of a day. */
    public enum Half {
        AM, PM
    }

    /** Where a request stands. */
    public enum Status {
        /** Waiting for approval. */
        PENDING,
        /** Approved; the days are deducted from the balance. */
        APPROVED,
        /** Not approved. */
        REJECTED,
        /** Taken back by the employee while it waited. */
        WITHDRAWN,
        /** Approved, then cancelled; the days are restored. */
        CANCELLED;

        /** Still counts against the calendar: waiting or approved. */
        public boolean open() {
            return this == PENDING || this == APPROVED;
        }
    }
}
