package io.tangram.platform.impl.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.tangram.platform.api.schedule.PeriodicCheck;
import io.tangram.platform.api.security.CallContext;

class PeriodicChecksTest {

    /** Records who ran each round; fails its first round. */
    private static final class Recorder implements PeriodicCheck {
        final List<String> callers = new CopyOnWriteArrayList<>();
        final CountDownLatch rounds = new CountDownLatch(3);
        private final Duration interval;

        Recorder(Duration interval) {
            this.interval = interval;
        }

        @Override
        public String name() {
            return "test check";
        }

        @Override
        public Duration interval() {
            return interval;
        }

        @Override
        public String runOnce() {
            callers.add(CallContext.current().map(c -> c.username()).orElse("nobody"));
            rounds.countDown();
            if (callers.size() == 1) {
                throw new IllegalStateException("first round fails");
            }
            return null;
        }
    }

    @Test
    void roundsRunAsTheSystemAndGoOnAfterAFailureUntilTheCheckGoes() throws Exception {
        PeriodicChecks checks = new PeriodicChecks();
        Recorder check = new Recorder(Duration.ofMillis(20));
        try {
            checks.addCheck(check);
            assertTrue(check.rounds.await(5, TimeUnit.SECONDS), "three rounds, the first one failing");
            Thread.sleep(50);
            assertEquals(1, checks.checks().size());
            assertEquals("nothing to do", checks.checks().get(0).outcome());
            checks.removeCheck(check);
            assertEquals(List.of(), checks.checks());
            Thread.sleep(100);
            int after = check.callers.size();
            Thread.sleep(200);
            assertEquals(after, check.callers.size(), "no round after the check went");
            assertTrue(check.callers.stream().allMatch("system"::equals), check.callers.toString());
        } finally {
            checks.deactivate();
        }
    }

    @Test
    void aCheckWithoutIntervalIsOff() throws Exception {
        PeriodicChecks checks = new PeriodicChecks();
        Recorder off = new Recorder(Duration.ZERO);
        try {
            checks.addCheck(off);
            Thread.sleep(100);
            assertEquals(List.of(), off.callers);
            assertEquals("off", checks.checks().get(0).outcome());
        } finally {
            checks.deactivate();
        }
    }
}
