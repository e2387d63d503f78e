package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days a leave takes, by a simple rule: Monday to Friday count, Saturday and Sunday do not
 * (public holidays and swapped working days are not known here; HR corrects them when it deducts).
 * A leave runs from a half day to a half day, both included: it starts in the morning ({@code AM},
 * the default) or the afternoon ({@code PM}) of its first day and ends at noon ({@code AM}) or the end
 * ({@code PM}, the default) of its last day; each working half day counts 0.5.
 */
public final class LeaveDays {

    private LeaveDays() {
    }

    /** The working days, or zero when the leave covers no working half day. */
    public static BigDecimal count(LocalDate from, HalfDay fromHalf, LocalDate to, HalfDay toHalf) {
        int halves = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean morning = !(day.equals(from) && fromHalf == HalfDay.PM);
            boolean afternoon = !(day.equals(to) && toHalf == HalfDay.AM);
            halves += (morning ? 1 : 0) + (afternoon ? 1 : 0);
        }
        return BigDecimal.valueOf(halves, 0).divide(BigDecimal.valueOf(2)).setScale(1);
    }

    /** Whether the end lies before the start (same day, afternoon to morning, included). */
    public static boolean backwards(LocalDate from, HalfDay fromHalf, LocalDate to, HalfDay toHalf) {
        return to.isBefore(from) || to.equals(from) && fromHalf == HalfDay.PM && toHalf == HalfDay.AM;
    }
}
