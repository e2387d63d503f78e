package io.tangram.oa.impl.task;

import java.time.LocalTime;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When tasks fall due and how often reminders are looked for, PID {@value #PID} (file
 * {@code etc/io.tangram.oa.tasks.cfg}). An unusable value keeps the previous one and is logged.
 */
@Component(service = TaskSettings.class, configurationPid = TaskSettings.PID)
@Designate(ocd = TaskSettings.Config.class)
public class TaskSettings {

    public static final String PID = "io.tangram.oa.tasks";
    private static final Logger LOG = LoggerFactory.getLogger(TaskSettings.class);

    @ObjectClassDefinition(name = "Tangram OA tasks",
            description = "When a task's due date ends, what counts as due soon, and the reminder check's period")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between two automatic reminder checks; 0 turns it off")
        int reminderCheckSeconds() default 300;

        @AttributeDefinition(description = "Days ahead (from today) a task counts as due soon")
        int dueSoonDays() default 3;

        @AttributeDefinition(description = "Time of day a task is due on its due date, HH:MM; reminders count back from it")
        String dueTime() default "18:00";

        @AttributeDefinition(description = "Time zone of due dates and of today")
        String timeZone() default "Asia/Shanghai";
    }

    private volatile ZoneId zone = ZoneId.of("Asia/Shanghai");
    private volatile LocalTime dueTime = LocalTime.of(18, 0);
    private volatile int dueSoonDays = 3;

    @Activate
    public TaskSettings(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config config) {
        try {
            ZoneId newZone = ZoneId.of(config.timeZone().strip());
            LocalTime newDueTime = LocalTime.parse(config.dueTime().strip());
            if (config.dueSoonDays() < 0) {
                throw new IllegalArgumentException("dueSoonDays must not be negative: " + config.dueSoonDays());
            }
            zone = newZone;
            dueTime = newDueTime;
            dueSoonDays = config.dueSoonDays();
        } catch (RuntimeException e) {
            LOG.error("{}: unusable task settings, keeping {} {} {} days: {}", PID, zone, dueTime, dueSoonDays,
                    e.getMessage());
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime dueTime() {
        return dueTime;
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }
}
