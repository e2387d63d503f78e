package io.tangram.crm.impl.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.tangram.crm.api.ticket.BusinessHoursDto;

/**
 * Business-time arithmetic for SLA targets: one working window per working day ({@code dayStart} to
 * {@code dayEnd} in {@code zone}), holidays off, make-up workdays (调休) on. Pure: no clock, no I/O.
 * A target of {@code n} business minutes from a moment is the moment after {@code n} minutes of
 * working windows have passed; time outside the windows does not count.
 */
public final class BusinessCalendar {
    /** No company works less than one day in ten years: a longer search is a broken calendar. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final LocalTime dayStart;
    private final LocalTime dayEnd;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkdays;

    /**
     * @throws IllegalArgumentException if the day ends before it starts or no day of the week is worked
     */
    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime dayStart, LocalTime dayEnd,
                            Set<LocalDate> holidays, Set<LocalDate> extraWorkdays) {
        if (!dayEnd.isAfter(dayStart)) {
            throw new IllegalArgumentException("the working day must end after it starts: " + dayStart + "–" + dayEnd);
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("at least one day of the week must be a working day");
        }
        this.zone = zone;
        this.workingDays = EnumSet.copyOf(workingDays);
        this.dayStart = dayStart;
        this.dayEnd = dayEnd;
        this.holidays = new TreeSet<>(holidays);
        this.extraWorkdays = new TreeSet<>(extraWorkdays);
    }

    /** Monday to Friday, 09:00–18:00, Asia/Shanghai, no holidays. */
    public static BusinessCalendar standard() {
        return new BusinessCalendar(ZoneId.of("Asia/Shanghai"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(), Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether {@code day} has a working window: a make-up workday, or a working weekday that is no holiday. */
    public boolean isWorkingDay(LocalDate day) {
        if (extraWorkdays.contains(day)) {
            return true;
        }
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The moment {@code minutes} business minutes after {@code from}. */
    public Instant plusMinutes(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes must not be negative: " + minutes);
        }
        Duration left = Duration.ofMinutes(minutes);
        LocalDateTime at = LocalDateTime.ofInstant(from, zone);
        LocalDate day = at.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalDateTime open = day.atTime(dayStart);
            LocalDateTime close = day.atTime(dayEnd);
            LocalDateTime start = at.isAfter(open) ? at : open;
            if (!start.isBefore(close)) {
                continue;
            }
            Duration available = Duration.between(start, close);
            if (left.compareTo(available) <= 0) {
                return start.plus(left).atZone(zone).toInstant();
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + from);
    }

    /**
     * Whole business minutes between two moments (the working time inside {@code [from, to]},
     * seconds dropped); 0 when {@code to} is not after {@code from}.
     */
    public long minutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        LocalDateTime end = LocalDateTime.ofInstant(to, zone);
        Duration worked = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            LocalDateTime open = max(day.atTime(dayStart), start);
            LocalDateTime close = min(day.atTime(dayEnd), end);
            if (close.isAfter(open)) {
                worked = worked.plus(Duration.between(open, close));
            }
        }
        return worked.toMinutes();
    }

    /** What the calendar is, for display. */
    public BusinessHoursDto describe() {
        return new BusinessHoursDto(zone.getId(), List.copyOf(workingDays), dayStart, dayEnd, List.copyOf(holidays),
                List.copyOf(extraWorkdays));
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
