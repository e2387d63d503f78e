package io.tangram.hr.impl.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One punch, to the minute in the office's local time.
 *
 * @param source {@code REST} (clocked in the suite or entered by HR), {@code CSV} (device import) or
 *               {@code CORRECTION} (approved 补卡)
 */
public record ClockRecord(long id, String employee, String employeeName, LocalDateTime time, LocalDate workDate,
                          String source, String device, String createdBy) {
}
