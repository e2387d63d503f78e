package io.tangram.hr.impl.employee;

import java.time.LocalDate;
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
 * Runs the contract and probation reminder check as the system every {@code reminderIntervalHours}
 * of {@link EmployeeSettings} (daily by default; it reads the same PID, so a new period restarts it),
 * for every company with current employees. A failed round is logged and the next one runs as planned.
 */
@Component(immediate = true, service = {}, configurationPid = EmployeeSettings.PID)
public class ReminderWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderWatch.class);

    private final ReminderService reminders;
    private final ScheduledExecutorService executor;

    @Activate
    public ReminderWatch(@Reference ReminderService reminders, EmployeeSettings.Config config) {
        this.reminders = reminders;
        int hours = Math.max(0, config.reminderIntervalHours());
        if (hours == 0) {
            executor = null;
            LOG.info("Automatic HR reminders are off ({}: reminderIntervalHours = 0)", EmployeeSettings.PID);
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "tangram-hr-reminders");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::checkNow, 5, hours * 60L, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The HR reminder check did not stop within 10 s");
            }
        }
    }

    void checkNow() {
        try {
            int sent = CallContext.runAs(Caller.SYSTEM, () -> {
                int count = 0;
                for (long company : reminders.companies()) {
                    count += reminders.run(company, (LocalDate) null).reminders().size();
                }
                return count;
            });
            if (sent > 0) {
                LOG.info("HR reminders: {} new reminder(s)", sent);
            }
        } catch (Exception e) {
            LOG.error("HR reminder check failed; the next round runs as planned", e);
        }
    }
}
