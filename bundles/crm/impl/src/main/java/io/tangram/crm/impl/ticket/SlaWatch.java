package io.tangram.crm.impl.ticket;

import java.time.Duration;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.ticket.SlaCheckResult;
import io.tangram.platform.api.schedule.PeriodicCheck;

/**
 * The SLA check the platform runs every {@code checkIntervalSeconds} of {@link SlaSettings} (it reads
 * the same PID, so a new period re-registers it; 0 = off).
 */
@Component(service = PeriodicCheck.class, configurationPid = SlaSettings.PID)
public class SlaWatch implements PeriodicCheck {
    private final SlaService sla;
    private final Duration interval;

    @Activate
    public SlaWatch(@Reference SlaService sla, SlaSettings.Config config) {
        this.sla = sla;
        this.interval = Duration.ofSeconds(Math.max(0, config.checkIntervalSeconds()));
    }

    @Override
    public String name() {
        return "SLA check (" + SlaSettings.PID + ")";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public String runOnce() {
        SlaCheckResult result = sla.check(Instant.now());
        return result.breaches().isEmpty() ? null : result.breaches().size() + " new breach(es)";
    }
}
