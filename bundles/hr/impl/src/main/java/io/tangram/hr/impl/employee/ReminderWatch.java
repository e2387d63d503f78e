package io.tangram.hr.impl.employee;

import java.time.Duration;
import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.schedule.PeriodicCheck;

/**
 * The contract and probation reminder check the platform runs every {@code reminderIntervalHours} of
 * {@link EmployeeSettings} (daily by default, first five minutes after start; the same PID, so a new
 * period re-registers it; 0 = off), for every company with current employees.
 */
@Component(service = PeriodicCheck.class, configurationPid = EmployeeSettings.PID)
public class ReminderWatch implements PeriodicCheck {
    private final ReminderService reminders;
    private final Duration interval;

    @Activate
    public ReminderWatch(@Reference ReminderService reminders, EmployeeSettings.Config config) {
        this.reminders = reminders;
        this.interval = Duration.ofHours(Math.max(0, config.reminderIntervalHours()));
    }

    @Override
    public String name() {
        return "HR contract and probation reminders (" + EmployeeSettings.PID + ")";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public Duration firstRound() {
        return Duration.ofMinutes(5);
    }

    @Override
    public String runOnce() {
        int sent = 0;
        for (long company : reminders.companies()) {
            sent += reminders.run(company, (LocalDate) null).reminders().size();
        }
        return sent == 0 ? null : sent + " new reminder(s)";
    }
}
