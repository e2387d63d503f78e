package io.tangram.oa.impl.approval;

import java.time.Instant;

/**
 * One approver's part in a step; {@code onBehalfOf} is the delegator when a delegate was assigned,
 * {@code byEscalation} marks an approver added by the reminder check (their approval completes the step).
 */
public record TaskView(long id, int stepNo, String stepName, String assignee, String onBehalfOf, WorkStatus status,
                       boolean byEscalation, Instant pendingSince, Instant remindedAt, String actedBy, Instant actedAt,
                       String comment) {
}
