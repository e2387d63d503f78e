package io.tangram.hr.impl.leave;

import java.time.LocalDate;

import io.tangram.hr.impl.leave.LeaveRequest.Half;

/**
 * A new leave request.
 *
 * @param employee   employee number; the caller's own when {@code null}
 * @param leaveType  leave type code, e.g. {@code ANNUAL}
 * @param fromHalf   {@code PM} to start at noon ({@code AM} on a one-day request: the morning only)
 * @param toHalf     {@code AM} to end at noon ({@code PM} on a one-day request: the afternoon only)
 * @param attachment reference of the supporting document (doctor's note, certificate) where the type asks for one
 */
public record LeaveRequestInput(Long companyId, String employee, String leaveType, LocalDate from, Half fromHalf,
                                LocalDate to, Half toHalf, String reason, String attachment) {
}
