package io.tangram.hr.impl.employee;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One onboarding or offboarding checklist item of an employee.
 *
 * @param assigneeRule what the template said: a user name, {@code MANAGER} or {@code EMPLOYEE}
 * @param assignee     the user it resolved to, {@code null} when nobody (then it stays in HR)
 * @param taskId       the OA task, {@code null} when OA did not get it
 * @param status       {@code OPEN} or {@code DONE}
 */
public record ChecklistItemDto(long id, String kind, int seq, String title, String titleZh, String assigneeRule,
                               String assignee, LocalDate dueDate, String status, Long taskId, String doneBy,
                               Instant doneAt) {
}
