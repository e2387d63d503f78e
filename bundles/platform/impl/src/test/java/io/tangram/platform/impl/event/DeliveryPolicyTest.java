package io.tangram.platform.impl.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

    private final DeliveryPolicy policy = new DeliveryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10),
            Duration.ofSeconds(1), 200);

    @Test
    void backoffDoublesUpToTheLongestWait() {
        assertEquals(Duration.ofSeconds(1), policy.backoffAfter(1));
        assertEquals(Duration.ofSeconds(2), policy.backoffAfter(2));
        assertEquals(Duration.ofSeconds(4), policy.backoffAfter(3));
        assertEquals(Duration.ofSeconds(8), policy.backoffAfter(4));
        assertEquals(Duration.ofSeconds(10), policy.backoffAfter(5));
        assertEquals(Duration.ofSeconds(10), policy.backoffAfter(1000));
    }

    @Test
    void atLeastOneAttempt() {
        assertThrows(IllegalArgumentException.class,
                () -> new DeliveryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(1), 200));
    }
}
