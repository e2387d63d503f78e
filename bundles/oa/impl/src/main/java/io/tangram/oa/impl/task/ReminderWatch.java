package io.tangram.oa.impl.task;

import java.time.Duration;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.schedule.PeriodicCheck;

/**
 * The task reminder check the platform runs every {@code reminderCheckSeconds} of {@link TaskSettings}
 * (same PID, so a new period re-registers it; 0 = off).
 */
@Component(service = PeriodicCheck.class, configurationPid = TaskSettings.PID)
public class ReminderWatch implements PeriodicCheck {
    private final TaskReminders reminders;
    private final Duration interval;

    @Activate
    public ReminderWatch(@Reference TaskReminders reminders, TaskSettings.Config config) {
        this.reminders = reminders;
        this.interval = Duration.ofSeconds(Math.max(0, config.reminderCheckSeconds()));
    }

    @Override
    public String name() {
        return "Task reminders (" + TaskSettings.PID + ")";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public String runOnce() {
        ReminderRun run = reminders.remind(Instant.now());
        if (run.sent().isEmpty() && run.skipped() == 0) {
            return null;
        }
        return run.sent().size() + " notice(s) sent" + (run.skipped() > 0
                ? ", " + run.skipped() + " due but not sent: " + run.note() : "");
    }
}
