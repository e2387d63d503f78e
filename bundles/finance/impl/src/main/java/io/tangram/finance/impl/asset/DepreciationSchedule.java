package io.tangram.finance.impl.asset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Straight-line depreciation of one asset, month by month, in the company currency (scale 2).
 * The monthly amount is (cost − residual value) / useful life rounded half-up; the month that
 * completes the useful life takes whatever remains, so the total is exactly cost − residual value.
 * An asset starts the month after its acquisition (当月增加当月不提) and stops once fully depreciated.
 */
public final class DepreciationSchedule {
    static final int SCALE = 2;

    private DepreciationSchedule() {
    }

    /** Cost − residual value: what the asset depreciates in its whole life. */
    public static BigDecimal depreciable(BigDecimal cost, BigDecimal residual) {
        return cost.subtract(residual).setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** (cost − residual value) / useful life, rounded half-up to the fen. */
    public static BigDecimal monthly(BigDecimal cost, BigDecimal residual, int usefulLifeMonths) {
        if (usefulLifeMonths <= 0) {
            throw new IllegalArgumentException("useful life must be positive: " + usefulLifeMonths);
        }
        return depreciable(cost, residual).divide(BigDecimal.valueOf(usefulLifeMonths), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The depreciation of the next month, given what is done so far: the monthly amount, the remainder
     * in the last month of the useful life (or later, for an opening balance that fell behind), never
     * more than what remains, and zero once fully depreciated.
     */
    public static BigDecimal nextMonth(BigDecimal cost, BigDecimal residual, int usefulLifeMonths, int monthsDone,
                                       BigDecimal accumulated) {
        BigDecimal remaining = depreciable(cost, residual).subtract(accumulated);
        if (remaining.signum() <= 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        if (monthsDone + 1 >= usefulLifeMonths) {
            return remaining;
        }
        return monthly(cost, residual, usefulLifeMonths).min(remaining);
    }

    /** Whether nothing remains to depreciate. */
    public static boolean fullyDepreciated(BigDecimal cost, BigDecimal residual, BigDecimal accumulated) {
        return accumulated.compareTo(depreciable(cost, residual)) >= 0;
    }

    /** The first month depreciated: the month after the acquisition month. */
    public static YearMonth firstPeriod(LocalDate acquisitionDate) {
        return YearMonth.from(acquisitionDate).plusMonths(1);
    }

    /** The month the asset is next due, given the last month depreciated ({@code null}: none yet). */
    public static YearMonth nextDue(LocalDate acquisitionDate, YearMonth depreciatedThrough) {
        YearMonth first = firstPeriod(acquisitionDate);
        return depreciatedThrough == null || depreciatedThrough.isBefore(first) ? first : depreciatedThrough.plusMonths(1);
    }

    /** Months from the first depreciated month through {@code through} inclusive; 0 when it is before the first. */
    public static int monthsThrough(LocalDate acquisitionDate, YearMonth through) {
        YearMonth first = firstPeriod(acquisitionDate);
        return through == null || through.isBefore(first) ? 0 : (int) ChronoUnit.MONTHS.between(first, through) + 1;
    }
}
