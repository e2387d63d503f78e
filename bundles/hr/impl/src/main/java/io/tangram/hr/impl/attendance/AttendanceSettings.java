package io.tangram.hr.impl.attendance;

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
 * Attendance settings, PID {@value #PID} (file {@code etc/io.tangram.hr.attendance.cfg}): the
 * schedule of employees without an assignment and the time zone clock-ins are taken in. A change
 * applies to the next computation; an unknown time zone keeps the previous one and is logged.
 */
@Component(service = AttendanceSettings.class, configurationPid = AttendanceSettings.PID)
@Designate(ocd = AttendanceSettings.Config.class)
public class AttendanceSettings {

    public static final String PID = "io.tangram.hr.attendance";
    private static final Logger LOG = LoggerFactory.getLogger(AttendanceSettings.class);

    @ObjectClassDefinition(name = "Tangram HR attendance",
            description = "Default work schedule and the time zone of clock records")
    public @interface Config {
        @AttributeDefinition(description = "Code of the schedule employees work without an assignment of their own")
        String defaultSchedule() default "STD";

        @AttributeDefinition(description = "Time zone clock-ins are recorded in (wall-clock time of the office)")
        String timeZone() default "Asia/Shanghai";
    }

    private volatile String defaultSchedule = "STD";
    private volatile ZoneId zone = ZoneId.of("Asia/Shanghai");

    @Activate
    public AttendanceSettings(Config config) {
        apply(config);
    }

    /** For tests and callers without configuration: {@code STD} in Asia/Shanghai. */
    public AttendanceSettings() {
    }

    @Modified
    void modified(Config changed) {
        apply(changed);
    }

    public String defaultSchedule() {
        return defaultSchedule;
    }

    public ZoneId zone() {
        return zone;
    }

    private void apply(Config config) {
        if (config.defaultSchedule() != null && !config.defaultSchedule().isBlank()) {
            defaultSchedule = config.defaultSchedule().strip();
        }
        try {
            zone = ZoneId.of(config.timeZone().strip());
        } catch (RuntimeException e) {
            LOG.error("Unusable time zone {} in {}; keeping {}", config.timeZone(), PID, zone);
        }
    }
}
