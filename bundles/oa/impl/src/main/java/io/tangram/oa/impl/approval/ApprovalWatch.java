package io.tangram.oa.impl.approval;

import java.time.Duration;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.tangram.platform.api.schedule.PeriodicCheck;

/**
 * The approval reminder and escalation check the platform runs every {@code checkIntervalMinutes},
 * PID {@value #PID} (file {@code etc/io.tangram.oa.approval.cfg}); a changed period re-registers it.
 */
@Component(service = PeriodicCheck.class, configurationPid = ApprovalWatch.PID)
@Designate(ocd = ApprovalWatch.Config.class)
public class ApprovalWatch implements PeriodicCheck {
    public static final String PID = "io.tangram.oa.approval";

    @ObjectClassDefinition(name = "Tangram OA approvals",
            description = "How often waiting approvals are checked for reminders and escalation")
    public @interface Config {
        @AttributeDefinition(description = "Minutes between two reminder checks; 0 turns the automatic check off")
        int checkIntervalMinutes() default 15;
    }

    private final ApprovalService approvals;
    private final Duration interval;

    @Activate
    public ApprovalWatch(@Reference ApprovalService approvals, Config config) {
        this.approvals = approvals;
        this.interval = Duration.ofMinutes(Math.max(0, config.checkIntervalMinutes()));
    }

    @Override
    public String name() {
        return "Approval reminders (" + PID + ")";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public String runOnce() {
        ReminderResult result = approvals.remind(Instant.now());
        return result.reminded().isEmpty() ? null : result.reminded().size() + " task(s) reminded";
    }
}
