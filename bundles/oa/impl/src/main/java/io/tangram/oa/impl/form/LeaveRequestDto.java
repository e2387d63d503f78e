package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A leave request. {@code days} are working days (Mon–Fri, half days 0.5); {@code balanceCheck} says
 * whether HR's balance was checked, with the days then available ({@code null} without a limit) and a
 * note when it was not; {@code approvalNote} says how it was approved when no process ran it.
 */
public record LeaveRequestDto(long id, long companyId, String number, String requester, LeaveType leaveType,
                              LocalDate from, HalfDay fromHalf, LocalDate to, HalfDay toHalf, BigDecimal days,
                              String reason, BalanceCheck balanceCheck, BigDecimal balanceAvailable, Note balanceNote,
                              FormStatus status, String approvalReference, String outcomeComment, String decidedBy,
                              Instant decidedAt, Instant submittedAt, Note approvalNote, Instant createdAt,
                              Instant updatedAt) implements FormDocument {
}
