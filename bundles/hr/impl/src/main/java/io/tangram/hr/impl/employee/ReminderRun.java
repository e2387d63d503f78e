package io.tangram.hr.impl.employee;

import java.time.LocalDate;
import java.util.List;

/** What one reminder check found and sent; reminders sent by an earlier run are not repeated. */
public record ReminderRun(LocalDate today, int contractDays, int probationDays, List<ReminderLine> reminders) {
}
