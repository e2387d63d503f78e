package io.tangram.platform.api.event;

import java.time.Instant;

/**
 * An event a subscriber failed to handle after all retries, set aside so it does not block the
 * subscriber. An operator fixes the cause and retries it.
 */
public record ParkedEvent(String subscriberId, long eventId, String topic, String sourceRef, int attempts,
                          String lastError, Instant parkedAt) {
}
