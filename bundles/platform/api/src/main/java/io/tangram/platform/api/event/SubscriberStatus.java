package io.tangram.platform.api.event;

import java.time.Instant;

/**
 * Where one subscriber stands.
 *
 * @param subscriberId   the subscriber
 * @param cursor         id of the last event it has processed (or skipped as parked)
 * @param backlog        events after the cursor that match its topics
 * @param parked         events parked for it
 * @param present        whether the subscriber service is registered now
 * @param retryingEvent  event being retried after a failure, or 0
 * @param nextAttemptAt  when that retry runs, or {@code null}
 * @param lastError      last failure message, or {@code null}
 */
public record SubscriberStatus(String subscriberId, long cursor, long backlog, long parked, boolean present,
                               long retryingEvent, Instant nextAttemptAt, String lastError) {
}
