package io.tangram.crm.impl.ticket;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.crm.api.ticket.SlaCheckResult;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/**
 * Runs the SLA check as the system every {@code checkIntervalSeconds} of {@link SlaSettings} (it reads
 * the same PID, so a new period restarts it). A failed round is logged and the next one runs as planned.
 */
@Component(immediate = true, service = {}, configurationPid = SlaSettings.PID)
public class SlaWatch {
    private static final Logger LOG = LoggerFactory.getLogger(SlaWatch.class);

    private final SlaService sla;
    private final ScheduledExecutorService executor;

    @Activate
    public SlaWatch(@Reference SlaService sla, SlaSettings.Config config) {
        this.sla = sla;
        int period = Math.max(0, config.checkIntervalSeconds());
        if (period == 0) {
            executor = null;
            LOG.info("Automatic SLA check is off ({}: checkIntervalSeconds = 0)", SlaSettings.PID);
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "tangram-crm-sla-check");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::checkNow, period, period, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The SLA check did not stop within 10 s");
            }
        }
    }

    void checkNow() {
        try {
            SlaCheckResult result = CallContext.runAs(Caller.SYSTEM, () -> sla.check(Instant.now()));
            if (!result.breaches().isEmpty()) {
                LOG.info("SLA check: {} new breach(es)", result.breaches().size());
            }
        } catch (Exception e) {
            LOG.error("SLA check failed; the next round runs as planned", e);
        }
    }
}
