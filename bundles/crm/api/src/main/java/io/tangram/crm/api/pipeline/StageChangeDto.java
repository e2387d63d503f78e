package io.tangram.crm.api.pipeline;

import java.time.Instant;

/**
 * One move of an opportunity from a stage to another: what the funnel's conversion rates are
 * computed from.
 *
 * @param fromStage {@code null} for the opportunity's creation
 * @param note      the reason of a loss, the note of a win, or {@code null}
 */
public record StageChangeDto(long id, long opportunityId, String fromStage, String toStage, Instant changedAt,
                             String changedBy, String note) {
}
