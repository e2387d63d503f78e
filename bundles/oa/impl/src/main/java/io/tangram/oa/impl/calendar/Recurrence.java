package io.tangram.oa.impl.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;

/**
 * How an event repeats: every {@code interval} days, weeks (on {@code weekdays}, the start's weekday
 * when none) or months (on the start's day of the month; months without that day are skipped),
 * until a day (inclusive) and/or for {@code count} occurrences. Cancelled occurrences still count,
 * as in iCalendar.
 */
public record Recurrence(Frequency frequency, Integer interval, List<DayOfWeek> weekdays, LocalDate until,
                         Integer count) {

    /** The most occurrences an event with a room books. */
    public static final int MAX_BOOKED = 500;

    public Recurrence {
        weekdays = weekdays == null ? List.of() : List.copyOf(new TreeSet<>(weekdays));
    }

    /** Whether it stops by itself (a day or a count). */
    public boolean ends() {
        return until != null || count != null;
    }

    void check(Validation v, LocalDate first) {
        v.required("recurrence.frequency", frequency)
                .check(interval == null || interval >= 1 && interval <= 99, "recurrence.interval",
                        Text.of("must be between 1 and 99", "必须在 1 到 99 之间"))
                .check(count == null || count >= 1 && count <= 1000, "recurrence.count",
                        Text.of("must be between 1 and 1000", "必须在 1 到 1000 之间"))
                .check(until == null || first == null || !until.isBefore(first), "recurrence.until",
                        Text.of("must not be before the first day {0}", "不能早于第一次的日期 {0}", String.valueOf(first)))
                .check(weekdays.isEmpty() || frequency == Frequency.WEEKLY, "recurrence.weekdays",
                        Text.of("only weekly events repeat on weekdays", "只有每周重复的日程可以指定星期"));
    }

    /** The days of the occurrences from {@code first} (the event's first day) up to {@code upTo}, in order. */
    public List<LocalDate> dates(LocalDate first, LocalDate upTo) {
        int step = interval == null ? 1 : interval;
        LocalDate last = until != null && until.isBefore(upTo) ? until : upTo;
        int limit = count == null ? Integer.MAX_VALUE : count;
        List<LocalDate> out = new ArrayList<>();
        switch (frequency) {
            case DAILY -> {
                for (LocalDate d = first; !d.isAfter(last) && out.size() < limit; d = d.plusDays(step)) {
                    out.add(d);
                }
            }
            case WEEKLY -> {
                List<DayOfWeek> days = weekdays.isEmpty() ? List.of(first.getDayOfWeek()) : weekdays;
                LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                weeks:
                for (LocalDate week = monday; !week.isAfter(last); week = week.plusWeeks(step)) {
                    for (DayOfWeek day : days) {
                        LocalDate d = week.plusDays(day.getValue() - 1L);
                        if (d.isBefore(first)) {
                            continue;
                        }
                        if (d.isAfter(last) || out.size() >= limit) {
                            break weeks;
                        }
                        out.add(d);
                    }
                }
            }
            case MONTHLY -> {
                for (long k = 0; out.size() < limit; k += step) {
                    LocalDate d = first.plusMonths(k);
                    if (d.withDayOfMonth(1).isAfter(last)) {
                        break;
                    }
                    if (d.getDayOfMonth() == first.getDayOfMonth() && !d.isAfter(last)) {
                        out.add(d);
                    }
                }
            }
            default -> throw new IllegalStateException("unknown frequency " + frequency);
        }
        return out;
    }
}
