package io.tangram.oa.impl.approval;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/**
 * Runs the approval reminder check as the system every {@code checkIntervalMinutes}, PID {@value #PID}
 * (file {@code etc/io.tangram.oa.approval.cfg}); a changed period restarts it. A failed round is
 * logged and the next one runs as planned.
 */
@Component(immediate = true, service = {}, configurationPid = ApprovalWatch.PID)
@Designate(ocd = ApprovalWatch.Config.class)
public class ApprovalWatch {
    public static final String PID = "io.tangram.oa.approval";
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalWatch.class);

    @ObjectClassDefinition(name = "Tangram OA approvals",
            description = "How often waiting approvals are checked for reminders and escalation")
    public @interface Config {
        @AttributeDefinition(description = "Minutes between two reminder checks; 0 turns the automatic check off")
        int checkIntervalMinutes() default 15;
    }

    private final ApprovalService approvals;
    private final ScheduledExecutorService executor;

    @Activate
    public ApprovalWatch(@Reference ApprovalService approvals, Config config) {
        this.approvals = approvals;
        int period = Math.max(0, config.checkIntervalMinutes());
        if (period == 0) {
            executor = null;
            LOG.info("Automatic approval reminders are off ({}: checkIntervalMinutes = 0)", PID);
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "tangram-oa-approval-reminders");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::checkNow, period, period, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The approval reminder check did not stop within 10 s");
            }
        }
    }

    void checkNow() {
        try {
            ReminderResult result = CallContext.runAs(Caller.SYSTEM, () -> approvals.remind(Instant.now()));
            if (!result.reminded().isEmpty()) {
                LOG.info("Approval reminders: {} task(s) reminded", result.reminded().size());
            }
        } catch (Exception e) {
            LOG.error("Approval reminder check failed; the next round runs as planned", e);
        }
    }
}
