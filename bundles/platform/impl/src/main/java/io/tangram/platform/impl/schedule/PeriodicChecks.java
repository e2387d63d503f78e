package io.tangram.platform.impl.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.platform.api.schedule.PeriodicCheck;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/**
 * Runs every {@link PeriodicCheck} service on a small pool of daemon threads: each check at a fixed
 * delay, as the system, never two rounds of one check at once; a check that goes is cancelled.
 */
@Component(immediate = true, service = PeriodicChecks.class)
public class PeriodicChecks {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicChecks.class);
    private static final int THREADS = 2;

    private final ScheduledExecutorService executor;
    private final Map<PeriodicCheck, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private final Map<PeriodicCheck, CheckStatus> status = new ConcurrentHashMap<>();

    /**
     * A registered check and its last round.
     *
     * @param interval  {@code null} when the check is off
     * @param lastRound when the last round ended, {@code null} before the first
     * @param outcome   what the last round said, {@code FAILED: …}, or {@code nothing to do}
     */
    public record CheckStatus(String name, Duration interval, Instant lastRound, String outcome) {
    }

    public PeriodicChecks() {
        AtomicInteger number = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(THREADS, work -> {
            Thread thread = new Thread(work, "tangram-periodic-check-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(PeriodicCheck check) {
        Duration interval = check.interval();
        if (interval == null || interval.isZero() || interval.isNegative()) {
            LOG.info("{} is off: its interval is {}", check.name(), interval);
            status.put(check, new CheckStatus(check.name(), null, null, "off"));
            return;
        }
        status.put(check, new CheckStatus(check.name(), interval, null, null));
        Duration first = check.firstRound() == null || check.firstRound().isNegative() ? interval : check.firstRound();
        scheduled.put(check, executor.scheduleWithFixedDelay(() -> record(check, round(check)), first.toMillis(),
                interval.toMillis(), TimeUnit.MILLISECONDS));
    }

    void removeCheck(PeriodicCheck check) {
        status.remove(check);
        ScheduledFuture<?> future = scheduled.remove(check);
        if (future != null) {
            future.cancel(true);
        }
    }

    /** Every registered check with its last round, by name. */
    public List<CheckStatus> checks() {
        return status.values().stream().sorted(Comparator.comparing(CheckStatus::name)).toList();
    }

    private void record(PeriodicCheck check, String outcome) {
        status.computeIfPresent(check, (c, s) -> new CheckStatus(s.name(), s.interval(), Instant.now(), outcome));
    }

    /** One round of {@code check} as the system; a failure is logged and the next round runs as planned. */
    static String round(PeriodicCheck check) {
        try {
            String done = CallContext.runAs(Caller.SYSTEM, check::runOnce);
            if (done != null) {
                LOG.info("{}: {}", check.name(), done);
            }
            return done == null ? "nothing to do" : done;
        } catch (Exception e) {
            LOG.error("{} failed; the next round runs as planned", check.name(), e);
            return "FAILED: " + e;
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        scheduled.clear();
        status.clear();
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("A periodic check did not stop within 10 s");
        }
    }
}
