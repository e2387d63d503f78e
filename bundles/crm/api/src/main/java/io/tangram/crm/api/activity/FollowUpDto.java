package io.tangram.crm.api.activity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up task.
 *
 * @param ruleId      the reminder rule that created it, {@code null} when entered by hand
 * @param daysOverdue days past the due date today, 0 when not overdue or done
 */
public record FollowUpDto(long id, long companyId, RelatedTo relatedTo, long relatedId, Long customerId, Long leadId,
                          String subject, String note, LocalDate dueOn, String assignee, boolean done, Instant doneAt,
                          String doneBy, Long ruleId, long daysOverdue, String createdBy, Instant createdAt) {
}
