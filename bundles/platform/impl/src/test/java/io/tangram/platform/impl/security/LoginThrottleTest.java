package io.tangram.platform.impl.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void schedule() {
        for (int i = 0; i <= 4; i++) {
            assertEquals(Duration.ZERO, LoginThrottle.lockAfter(i), "failure " + i);
        }
        assertEquals(Duration.ofSeconds(30), LoginThrottle.lockAfter(5));
        assertEquals(Duration.ofSeconds(60), LoginThrottle.lockAfter(6));
        assertEquals(Duration.ofSeconds(120), LoginThrottle.lockAfter(7));
        assertEquals(Duration.ofSeconds(240), LoginThrottle.lockAfter(8));
        assertEquals(Duration.ofSeconds(480), LoginThrottle.lockAfter(9));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.lockAfter(10));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.lockAfter(11));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.lockAfter(Integer.MAX_VALUE));
    }

    @Test
    void lockedAndSecondsLeft() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertFalse(LoginThrottle.isLocked(null, now));
        assertFalse(LoginThrottle.isLocked(now, now));
        assertTrue(LoginThrottle.isLocked(now.plusMillis(1), now));
        assertEquals(1, LoginThrottle.secondsLeft(now.plusMillis(1), now));
        assertEquals(30, LoginThrottle.secondsLeft(now.plusSeconds(30), now));
        assertEquals(31, LoginThrottle.secondsLeft(now.plusMillis(30_001), now));
        assertEquals(0, LoginThrottle.secondsLeft(now.minusSeconds(1), now));
    }
}
