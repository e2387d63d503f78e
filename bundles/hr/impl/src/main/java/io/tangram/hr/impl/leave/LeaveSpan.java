package io.tangram.hr.impl.leave;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tangram.hr.impl.leave.LeaveRequest.Half;

/**
 * The time a request covers, in half days: the first day from noon when {@code fromHalf} is
 * {@code PM}, the last day until noon when {@code toHalf} is {@code AM}. A one-day request with one
 * marker takes that half only.
 */
record LeaveSpan(LocalDate from, Half fromHalf, LocalDate to, Half toHalf) {
    static final BigDecimal HALF = new BigDecimal("0.5");

    /** The span with a one-day request's single marker applied to both ends. */
    static LeaveSpan of(LocalDate from, Half fromHalf, LocalDate to, Half toHalf) {
        if (from != null && from.equals(to)) {
            if (fromHalf == Half.AM && toHalf == null) {
                return new LeaveSpan(from, null, to, Half.AM);
            }
            if (toHalf == Half.PM && fromHalf == null) {
                return new LeaveSpan(from, Half.PM, to, null);
            }
            if (fromHalf == Half.AM && toHalf == Half.PM) {
                return new LeaveSpan(from, null, to, null);
            }
        }
        return new LeaveSpan(from, fromHalf == Half.AM ? null : fromHalf, to, toHalf == Half.PM ? null : toHalf);
    }

    boolean hasHalves() {
        return fromHalf != null || toHalf != null;
    }

    /** Index of the first half day covered (two a day). */
    long firstSlot() {
        return from.toEpochDay() * 2 + (fromHalf == Half.PM ? 1 : 0);
    }

    /** Index of the last half day covered. */
    long lastSlot() {
        return to.toEpochDay() * 2 + (toHalf == Half.AM ? 0 : 1);
    }

    /** Whether it is empty: a one-day request from noon that ends at noon. */
    boolean empty() {
        return lastSlot() < firstSlot();
    }

    boolean overlaps(LeaveSpan other) {
        return firstSlot() <= other.lastSlot() && other.firstSlot() <= lastSlot();
    }

    /** The fraction of each of {@code days} (those inside the span) the span takes: 1 or 0.5. */
    List<DayPart> parts(List<LocalDate> days) {
        List<DayPart> parts = new ArrayList<>();
        for (LocalDate day : days) {
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            BigDecimal fraction = BigDecimal.ONE;
            if (day.equals(from) && fromHalf == Half.PM) {
                fraction = fraction.subtract(HALF);
            }
            if (day.equals(to) && toHalf == Half.AM) {
                fraction = fraction.subtract(HALF);
            }
            if (fraction.signum() > 0) {
                parts.add(new DayPart(day, fraction));
            }
        }
        return parts;
    }

    /** The sum of {@link #parts}. */
    BigDecimal count(List<LocalDate> days) {
        return parts(days).stream().map(DayPart::fraction).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /** One day of leave and how much of it. */
    record DayPart(LocalDate date, BigDecimal fraction) {
    }
}
