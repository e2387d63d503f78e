package io.tangram.crm.impl.ticket;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Business hours and the SLA check's period, PID {@value #PID} (file {@code etc/io.tangram.crm.sla.cfg}).
 * A change applies to the next ticket and the next check; an unusable value keeps the previous
 * calendar (the standard one at start) and is reported in the log.
 */
@Component(service = SlaSettings.class, configurationPid = SlaSettings.PID)
@Designate(ocd = SlaSettings.Config.class)
public class SlaSettings {

    public static final String PID = "io.tangram.crm.sla";
    private static final Logger LOG = LoggerFactory.getLogger(SlaSettings.class);

    @ObjectClassDefinition(name = "Tangram CRM service levels",
            description = "Business hours SLA targets are counted in, and how often breaches are looked for")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between two automatic SLA checks; 0 turns the automatic check off")
        int checkIntervalSeconds() default 60;

        @AttributeDefinition(description = "Time zone of the business hours")
        String timeZone() default "Asia/Shanghai";

        @AttributeDefinition(description = "Working days of the week (MON … SUN)")
        String[] workingDays() default {"MON", "TUE", "WED", "THU", "FRI"};

        @AttributeDefinition(description = "Start of the working day, HH:MM")
        String dayStart() default "09:00";

        @AttributeDefinition(description = "End of the working day, HH:MM")
        String dayEnd() default "18:00";

        @AttributeDefinition(description = "Public holidays and company days off, YYYY-MM-DD", required = false)
        String[] holidays() default {};

        @AttributeDefinition(description = "Weekend days worked to make up for a holiday (调休), YYYY-MM-DD", required = false)
        String[] extraWorkdays() default {};
    }

    private volatile BusinessCalendar calendar = BusinessCalendar.standard();
    private volatile int checkIntervalSeconds;

    @Activate
    public SlaSettings(Config config) {
        apply(config);
    }

    @Modified
    void modified(Config changed) {
        apply(changed);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** Seconds between automatic checks; 0 when they are off. */
    public int checkIntervalSeconds() {
        return checkIntervalSeconds;
    }

    private void apply(Config config) {
        checkIntervalSeconds = Math.max(0, config.checkIntervalSeconds());
        try {
            calendar = calendarOf(config);
        } catch (RuntimeException e) {
            LOG.error("Unusable business hours in {} ({}); keeping {}", PID, e.getMessage(), calendar.describe());
        }
    }

    /** The calendar a configuration describes. @throws RuntimeException naming an unusable value */
    static BusinessCalendar calendarOf(Config config) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : items(config.workingDays())) {
            days.add(dayOfWeek(day));
        }
        return new BusinessCalendar(ZoneId.of(config.timeZone().strip()), days, LocalTime.parse(config.dayStart().strip()),
                LocalTime.parse(config.dayEnd().strip()), dates(config.holidays()), dates(config.extraWorkdays()));
    }

    private static DayOfWeek dayOfWeek(String typed) {
        String name = typed.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(name) && name.length() >= 3)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not a day of the week: " + typed));
    }

    private static Set<LocalDate> dates(String[] typed) {
        return items(typed).stream().map(LocalDate::parse).collect(Collectors.toSet());
    }

    /**
     * The values of a list property; a {@code .cfg} file gives one string such as
     * {@code MON,TUE,WED}, so each value is split at commas and blanks.
     */
    private static List<String> items(String[] typed) {
        return typed == null ? List.of() : Arrays.stream(typed).filter(s -> s != null && !s.isBlank())
                .flatMap(s -> Arrays.stream(s.strip().split("[,\\s]+"))).filter(s -> !s.isEmpty()).toList();
    }
}
