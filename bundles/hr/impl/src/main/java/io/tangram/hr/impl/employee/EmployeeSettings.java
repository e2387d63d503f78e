package io.tangram.hr.impl.employee;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Employee lifecycle settings, PID {@value #PID} (file {@code etc/io.tangram.hr.employees.cfg}): the
 * roles of a new employee's user account, the OA board of checklist tasks, and the reminders.
 */
@Component(service = EmployeeSettings.class, configurationPid = EmployeeSettings.PID)
@Designate(ocd = EmployeeSettings.Config.class)
public class EmployeeSettings {

    public static final String PID = "io.tangram.hr.employees";
    private static final Logger LOG = LoggerFactory.getLogger(EmployeeSettings.class);

    @ObjectClassDefinition(name = "Tangram HR employees",
            description = "Onboarding, offboarding and contract/probation reminders")
    public @interface Config {
        @AttributeDefinition(description = "Roles of the user account onboarding creates, comma separated")
        String[] defaultRoles() default {"employee"};

        @AttributeDefinition(description = "Code of the OA board checklist items become tasks on")
        String taskBoard() default "onboarding";

        @AttributeDefinition(description = "Remind of contracts ending within this many days")
        int contractReminderDays() default 30;

        @AttributeDefinition(description = "Remind of probation ending within this many days")
        int probationReminderDays() default 7;

        @AttributeDefinition(description = "HR user names reminded besides the manager, comma separated", required = false)
        String[] reminderRecipients() default {};

        @AttributeDefinition(description = "Hours between two automatic reminder checks; 0 turns them off")
        int reminderIntervalHours() default 24;

        @AttributeDefinition(description = "Time zone of 'today' for hire dates and reminders")
        String timeZone() default "Asia/Shanghai";
    }

    private volatile Config config;
    private volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

    @Activate
    public EmployeeSettings(Config config) {
        apply(config);
    }

    @Modified
    void modified(Config changed) {
        apply(changed);
    }

    private void apply(Config changed) {
        config = changed;
        try {
            zone = ZoneId.of(changed.timeZone().strip());
        } catch (RuntimeException e) {
            LOG.error("Unusable timeZone {} in {}; keeping {}", changed.timeZone(), PID, zone);
        }
    }

    public Set<String> defaultRoles() {
        return new LinkedHashSet<>(items(config.defaultRoles()));
    }

    public String taskBoard() {
        return config.taskBoard() == null || config.taskBoard().isBlank() ? "onboarding" : config.taskBoard().strip();
    }

    public int contractReminderDays() {
        return Math.max(0, config.contractReminderDays());
    }

    public int probationReminderDays() {
        return Math.max(0, config.probationReminderDays());
    }

    public List<String> reminderRecipients() {
        return items(config.reminderRecipients());
    }

    public int reminderIntervalHours() {
        return Math.max(0, config.reminderIntervalHours());
    }

    public ZoneId zone() {
        return zone;
    }

    /** A {@code .cfg} file gives one string such as {@code a,b}, so each value is split at commas and blanks. */
    private static List<String> items(String[] typed) {
        return typed == null ? List.of() : Arrays.stream(typed).filter(s -> s != null && !s.isBlank())
                .flatMap(s -> Arrays.stream(s.strip().split("[,\\s]+"))).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
