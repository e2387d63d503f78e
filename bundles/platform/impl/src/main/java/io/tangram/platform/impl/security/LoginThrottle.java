package io.tangram.platform.impl.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Lock schedule after consecutive failed logins: none for the first four, 30 s at the fifth,
 * doubling with each further failure, at most 15 minutes.
 */
public final class LoginThrottle {

    public static final int FREE_ATTEMPTS = 4;
    public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    public static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** How long to lock the account after its {@code consecutiveFailures}-th failure in a row. */
    public static Duration lockAfter(int consecutiveFailures) {
        if (consecutiveFailures <= FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = consecutiveFailures - FREE_ATTEMPTS - 1;
        if (doublings >= 5) {
            return MAX_LOCK;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    /** Whether an account locked until {@code lockedUntil} (null: never) is locked at {@code now}. */
    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whole seconds left of a lock, rounded up, at least 1 while locked. */
    public static long secondsLeft(Instant lockedUntil, Instant now) {
        if (!isLocked(lockedUntil, now)) {
            return 0;
        }
        long millis = Duration.between(now, lockedUntil).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
