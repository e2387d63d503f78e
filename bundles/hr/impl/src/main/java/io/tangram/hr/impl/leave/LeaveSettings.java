package io.tangram.hr.impl.leave;

import java.time.ZoneId;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leave settings, PID {@value #PID} (file {@code etc/io.tangram.hr.leave.cfg}): how statutory annual
 * leave accrues, the business time zone, and how often the monthly accrual run looks for work. An
 * unusable value keeps the previous setting and is reported in the log.
 */
@Component(service = LeaveSettings.class, configurationPid = LeaveSettings.PID)
@Designate(ocd = LeaveSettings.Config.class)
public class LeaveSettings {

    public static final String PID = "io.tangram.hr.leave";
    private static final Logger LOG = LoggerFactory.getLogger(LeaveSettings.class);

    @ObjectClassDefinition(name = "Tangram HR leave", description = "Annual leave accrual and the monthly accrual run")
    public @interface Config {
        @AttributeDefinition(description = "MONTHLY: annual leave accrues entitlement/12 a month; ANNUAL: granted at once for the year")
        String annualAccrual() default "MONTHLY";

        @AttributeDefinition(description = "Time zone of the business day")
        String timeZone() default "Asia/Shanghai";

        @AttributeDefinition(description = "Minutes between two checks for a month to accrue; 0 turns the automatic run off")
        int accrualCheckMinutes() default 60;
    }

    private volatile LeaveType.Accrual annualAccrual = LeaveType.Accrual.MONTHLY;
    private volatile ZoneId zone = ZoneId.of("Asia/Shanghai");
    private volatile int accrualCheckMinutes;

    @Activate
    public LeaveSettings(Config config) {
        apply(config);
    }

    /** Settings for tests. */
    LeaveSettings(LeaveType.Accrual annualAccrual, ZoneId zone) {
        this.annualAccrual = annualAccrual;
        this.zone = zone;
    }

    @Modified
    void modified(Config changed) {
        apply(changed);
    }

    /** How statutory annual leave accrues: {@code MONTHLY} or {@code ANNUAL}. */
    public LeaveType.Accrual annualAccrual() {
        return annualAccrual;
    }

    public ZoneId zone() {
        return zone;
    }

    public int accrualCheckMinutes() {
        return accrualCheckMinutes;
    }

    private void apply(Config config) {
        accrualCheckMinutes = Math.max(0, config.accrualCheckMinutes());
        try {
            LeaveType.Accrual accrual = LeaveType.Accrual.valueOf(config.annualAccrual().strip().toUpperCase(Locale.ROOT));
            if (accrual == LeaveType.Accrual.NONE) {
                throw new IllegalArgumentException("annual leave must accrue MONTHLY or ANNUAL");
            }
            annualAccrual = accrual;
        } catch (RuntimeException e) {
            LOG.error("Unusable annualAccrual '{}' in {} ({}); keeping {}", config.annualAccrual(), PID, e.getMessage(),
                    annualAccrual);
        }
        try {
            zone = ZoneId.of(config.timeZone().strip());
        } catch (RuntimeException e) {
            LOG.error("Unusable timeZone '{}' in {}; keeping {}", config.timeZone(), PID, zone);
        }
    }
}
