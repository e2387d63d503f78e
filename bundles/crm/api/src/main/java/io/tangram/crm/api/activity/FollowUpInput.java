package io.tangram.crm.api.activity;

import java.time.LocalDate;

/**
 * A follow-up task as entered.
 *
 * @param assignee who must do it; the owner of the customer or lead when {@code null}
 */
public record FollowUpInput(Long companyId, RelatedTo relatedTo, Long relatedId, String subject, String note,
                            LocalDate dueOn, String assignee) {
}
