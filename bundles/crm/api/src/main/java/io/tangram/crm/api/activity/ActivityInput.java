package io.tangram.crm.api.activity;

import java.time.LocalDateTime;

/**
 * An activity as logged.
 *
 * @param companyId  {@code null} for the default company
 * @param occurredAt local date and time it happened; now when {@code null}
 * @param user       who did it; the caller when {@code null}
 */
public record ActivityInput(Long companyId, ActivityType type, RelatedTo relatedTo, Long relatedId,
                            LocalDateTime occurredAt, String subject, String body, String outcome, String user) {
}
