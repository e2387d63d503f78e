package io.tangram.oa.impl.task;

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

import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/**
 * Runs the reminder check as the system every {@code reminderCheckSeconds} of {@link TaskSettings}
 * (same PID, so a new period restarts it). A failed round is logged and the next one runs as planned.
 */
@Component(immediate = true, service = {}, configurationPid = TaskSettings.PID)
public class ReminderWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderWatch.class);

    private final TaskReminders reminders;
    private final ScheduledExecutorService executor;

    @Activate
    public ReminderWatch(@Reference TaskReminders reminders, TaskSettings.Config config) {
        this.reminders = reminders;
        int period = Math.max(0, config.reminderCheckSeconds());
        if (period == 0) {
            executor = null;
            LOG.info("Automatic task reminders are off ({}: reminderCheckSeconds = 0)", TaskSettings.PID);
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "tangram-oa-task-reminders");
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
                LOG.warn("The task reminder check did not stop within 10 s");
            }
        }
    }

    void checkNow() {
        try {
            ReminderRun run = CallContext.runAs(Caller.SYSTEM, () -> reminders.remind(Instant.now()));
            if (!run.sent().isEmpty()) {
                LOG.info("Task reminders: {} notice(s) sent", run.sent().size());
            }
            if (run.skipped() > 0) {
                LOG.info("Task reminders: {} due but not sent: {}", run.skipped(), run.note());
            }
        } catch (Exception e) {
            LOG.error("Task reminder check failed; the next round runs as planned", e);
        }
    }
}
