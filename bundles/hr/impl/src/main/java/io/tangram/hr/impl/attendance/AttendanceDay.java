package io.tangram.hr.impl.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One employee's computed day. The parts (present, absent, paid and unpaid leave) add up to 1 on a
 * working day and are 0 on a rest day.
 *
 * @param firstIn         the first punch (clock-in)
 * @param lastOut         the last punch (clock-out), {@code null} with fewer than two punches
 * @param workedMinutes   from first to last punch, less the part of the break inside it
 * @param overtimeMinutes after the schedule's end once past its threshold, or all work on a rest
 *                        day, rounded down to 30 minutes
 */
public record AttendanceDay(String employee, String employeeName, LocalDate date, String schedule, boolean workday,
                            DayStatus status, LocalDateTime firstIn, LocalDateTime lastOut, int punches,
                            int lateMinutes, int earlyMinutes, int workedMinutes, int overtimeMinutes,
                            BigDecimal presentPart, BigDecimal absentPart, BigDecimal paidLeavePart,
                            BigDecimal unpaidLeavePart, String leaveType) {
}
