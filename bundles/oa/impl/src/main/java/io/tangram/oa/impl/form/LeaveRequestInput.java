package io.tangram.oa.impl.form;

import java.time.LocalDate;

/**
 * A leave request as the employee fills it in: from the morning ({@code AM}, default) or afternoon
 * ({@code PM}) of {@code from} to noon ({@code AM}) or the end ({@code PM}, default) of {@code to}.
 */
public record LeaveRequestInput(Long companyId, LeaveType leaveType, LocalDate from, HalfDay fromHalf, LocalDate to,
                                HalfDay toHalf, String reason) {
}
