package io.tangram.platform.impl.event;

import java.time.Duration;

/**
 * How the dispatcher retries: attempts before an event is parked, and an exponential backoff
 * between attempts ({@code backoff × 2^(attempt-1)}, at most {@code maxBackoff}).
 */
record DeliveryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff, Duration pollInterval, int batchSize) {

    DeliveryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Wait before attempt number {@code failedAttempts + 1}. */
    Duration backoffAfter(int failedAttempts) {
        long factor = 1L << Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = backoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
