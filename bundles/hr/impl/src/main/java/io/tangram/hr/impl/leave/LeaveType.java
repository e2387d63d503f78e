package io.tangram.hr.impl.leave;

import java.math.BigDecimal;

import io.tangram.platform.api.i18n.Text;

/**
 * A kind of leave and its rules.
 *
 * @param entitlementDays    days a year ({@code FIXED_PER_YEAR}) or per request ({@code PER_EVENT});
 *                           {@code null} for the other rules
 * @param accrual            how the yearly entitlement is credited; for {@code SERVICE_YEARS} the
 *                           configuration decides
 * @param maxCarryOverDays   unused days that move to the next year, the rest expires
 * @param calendarDays       counted on calendar days (产假) rather than working days
 */
public record LeaveType(long id, long companyId, String code, String name, String nameZh, boolean paid,
                        Rule entitlementRule, BigDecimal entitlementDays, Accrual accrual, BigDecimal maxCarryOverDays,
                        boolean halfDaysAllowed, boolean requiresAttachment, boolean calendarDays, boolean active) {

    /** How much of a leave type an employee is entitled to. */
    public enum Rule {
        /** Statutory annual leave by years of service: under 1 year 0, 1–10 years 5, 10–20 years 10, more 15 days. */
        SERVICE_YEARS,
        /** The type's days every year. */
        FIXED_PER_YEAR,
        /** At most the type's days per request (per marriage, birth, bereavement). */
        PER_EVENT,
        /** No limit; the days taken are recorded. */
        UNLIMITED
    }

    /** How a yearly entitlement is credited to the balance. */
    public enum Accrual {
        /** One twelfth a month, at the month's end. */
        MONTHLY,
        /** The whole year's entitlement at once. */
        ANNUAL,
        /** Not credited: per-event and unlimited types. */
        NONE
    }

    /** Whether the balance of this type is kept as a yearly amount to draw from. */
    public boolean accrues() {
        return entitlementRule == Rule.SERVICE_YEARS || entitlementRule == Rule.FIXED_PER_YEAR;
    }

    /** The type's name in both languages, for messages. */
    public Text label() {
        return Text.of(name, nameZh);
    }
}
