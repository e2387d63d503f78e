package io.tangram.hr.impl.employee;

import java.time.LocalDate;
import java.util.List;

/**
 * One reminder of a reminder run.
 *
 * @param kind    {@code CONTRACT} (contract ends) or {@code PROBATION} (probation ends)
 * @param outcome {@code DONE} (notifications posted) or {@code SKIPPED} (OA absent, recorded)
 */
public record ReminderLine(String number, String name, String kind, LocalDate dueDate, List<String> recipients,
                           String outcome) {
}
