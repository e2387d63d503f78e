package io.tangram.crm.api.activity;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A logged activity.
 *
 * @param customerId the customer it concerns (also for an opportunity's activity), {@code null} for a lead's
 * @param leadId     the lead it concerns, {@code null} otherwise
 */
public record ActivityDto(long id, long companyId, ActivityType type, RelatedTo relatedTo, long relatedId,
                          Long customerId, Long leadId, LocalDateTime occurredAt, String subject, String body,
                          String outcome, String user, String createdBy, Instant createdAt) {
}
