package io.tangram.platform.impl.schedule;

import java.time.Duration;
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
@Component(immediate = true, service = {})
public class PeriodicChecks {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicChecks.class);
    private static final int THREADS = 2;

    private final ScheduledExecutorService executor;
    private final Map<PeriodicCheck, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();

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
            return;
        }
        Duration first = check.firstRound() == null || check.firstRound().isNegative() ? interval : check.firstRound();
        scheduled.put(check, executor.scheduleWithFixedDelay(() -> round(check), first.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    void removeCheck(PeriodicCheck check) {
        ScheduledFuture<?> future = scheduled.remove(check);
        if (future != null) {
            future.cancel(true);
        }
    }

    /** One round of {@code check} as the system; a failure is logged and the next round runs as planned. */
    static void round(PeriodicCheck check) {
        try {
            String done = CallContext.runAs(Caller.SYSTEM, check::runOnce);
            if (done != null) {
                LOG.info("{}: {}", check.name(), done);
            }
        } catch (Exception e) {
            LOG.error("{} failed; the next round runs as planned", check.name(), e);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        scheduled.clear();
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("A periodic check did not stop within 10 s");
        }
    }
}
