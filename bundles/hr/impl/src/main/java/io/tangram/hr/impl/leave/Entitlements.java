package io.tangram.hr.impl.leave;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The arithmetic of entitlements: statutory annual leave by years of service and monthly accrual. */
final class Entitlements {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Entitlements() {
    }

    /**
     * Statutory annual leave (职工带薪年休假条例) for the years of service completed on {@code on}:
     * under 1 year 0, 1 to under 10 years 5, 10 to under 20 years 10, 20 years or more 15 days.
     */
    static BigDecimal statutoryAnnualDays(LocalDate hireDate, LocalDate on) {
        long years = on.isBefore(hireDate) ? 0 : ChronoUnit.YEARS.between(hireDate, on);
        int days = years < 1 ? 0 : years < 10 ? 5 : years < 20 ? 10 : 15;
        return BigDecimal.valueOf(days).setScale(2);
    }

    /** The yearly entitlement of a type on a day; per-event days for PER_EVENT, {@code null} when unlimited. */
    static BigDecimal yearly(LeaveType type, LocalDate hireDate, LocalDate on) {
        return switch (type.entitlementRule()) {
            case SERVICE_YEARS -> statutoryAnnualDays(hireDate, on);
            case FIXED_PER_YEAR, PER_EVENT -> type.entitlementDays().setScale(2, RoundingMode.HALF_UP);
            case UNLIMITED -> null;
        };
    }

    /**
     * What month {@code month} (1–12) accrues of a yearly entitlement: the twelfths accrued by its end
     * less those by the end of the month before, each rounded to 2 decimals, so twelve months add up
     * to the entitlement exactly (5 days: 0.42, 0.41, 0.42, 0.42, 0.41, …).
     */
    static BigDecimal monthly(BigDecimal yearly, int month) {
        return twelfths(yearly, month).subtract(twelfths(yearly, month - 1));
    }

    private static BigDecimal twelfths(BigDecimal yearly, int months) {
        return yearly.multiply(BigDecimal.valueOf(months)).divide(TWELVE, 2, RoundingMode.HALF_UP);
    }
}
