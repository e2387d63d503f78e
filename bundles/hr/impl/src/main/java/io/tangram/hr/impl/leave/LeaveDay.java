package io.tangram.hr.impl.leave;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One working day (or half day) of approved leave.
 *
 * @param fraction {@code 1} for a whole day, {@code 0.5} for a half day
 * @param paid     whether the leave type is paid (annual, sick within limits, marriage…) or not (事假)
 */
public record LeaveDay(LocalDate date, String leaveType, BigDecimal fraction, boolean paid, String requestNumber) {
}
