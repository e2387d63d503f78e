package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payroll rules an administrator may change, PID {@value #PID} (file {@code etc/io.tangram.hr.payroll.cfg}).
 * A change applies to the next computation; an unusable value keeps the previous rules and is logged.
 */
@Component(service = PayrollSettings.class, configurationPid = PayrollSettings.PID)
@Designate(ocd = PayrollSettings.Config.class)
public class PayrollSettings {

    public static final String PID = "io.tangram.hr.payroll";
    private static final Logger LOG = LoggerFactory.getLogger(PayrollSettings.class);

    @ObjectClassDefinition(name = "Tangram HR payroll", description = "Rules of the monthly payroll computation")
    public @interface Config {
        @AttributeDefinition(description = "Paid days of a month: a day's pay is base / this (计薪天数 21.75)")
        String monthlyPayDays() default "21.75";

        @AttributeDefinition(description = "Hours of a working day, for the hourly overtime rate")
        String hoursPerDay() default "8";

        @AttributeDefinition(description = "Overtime pay multiple when a salary structure gives none")
        String overtimeRate() default "1.5";

        @AttributeDefinition(description = "Basic deduction per month employed in income tax withholding (基本减除费用)")
        String monthlyBasicDeduction() default "5000";
    }

    /** The rules in force. */
    public record Rules(BigDecimal monthlyPayDays, BigDecimal hoursPerDay, BigDecimal overtimeRate,
                        BigDecimal monthlyBasicDeduction) {
    }

    private volatile Rules rules = standard();

    /** The shipped rules: 21.75 paid days, 8 hours, overtime × 1.5, 5,000 a month. */
    public static Rules standard() {
        return new Rules(new BigDecimal("21.75"), new BigDecimal("8"), new BigDecimal("1.5"), new BigDecimal("5000"));
    }

    @Activate
    @Modified
    void configure(Config config) {
        try {
            Rules next = new Rules(positive(config.monthlyPayDays()), positive(config.hoursPerDay()),
                    positive(config.overtimeRate()), new BigDecimal(config.monthlyBasicDeduction().strip()));
            rules = next;
        } catch (IllegalArgumentException e) {
            LOG.warn("Payroll settings {} not applied, keeping {}: {}", PID, rules, e.getMessage());
        }
    }

    public Rules rules() {
        return rules;
    }

    private static BigDecimal positive(String value) {
        BigDecimal d = new BigDecimal(value.strip());
        if (d.signum() <= 0) {
            throw new IllegalArgumentException(value + " must be more than 0");
        }
        return d;
    }
}
