package io.tangram.oa.impl.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Working days of a leave, counted by hand on the March 2026 calendar (Mon 2 … Sun 8, Mon 9 …). */
class LeaveDaysTest {

    private static BigDecimal days(String from, HalfDay fromHalf, String to, HalfDay toHalf) {
        return LeaveDays.count(LocalDate.parse(from), fromHalf, LocalDate.parse(to), toHalf);
    }

    @Test
    void weekdaysCountWholeAndHalvesHalf() {
        assertEquals(new BigDecimal("5.0"), days("2026-03-02", null, "2026-03-06", null), "Mon–Fri");
        assertEquals(new BigDecimal("1.0"), days("2026-03-04", HalfDay.AM, "2026-03-04", HalfDay.PM), "one day");
        assertEquals(new BigDecimal("0.5"), days("2026-03-04", HalfDay.PM, "2026-03-04", null), "Wed afternoon");
        assertEquals(new BigDecimal("0.5"), days("2026-03-04", null, "2026-03-04", HalfDay.AM), "Wed morning");
        // Wed PM (0.5) + Thu (1) + Fri (1) + Sat, Sun (0) + Mon AM (0.5) = 3
        assertEquals(new BigDecimal("3.0"), days("2026-03-04", HalfDay.PM, "2026-03-09", HalfDay.AM));
        // Fri PM (0.5) + weekend (0) + Mon (1) = 1.5
        assertEquals(new BigDecimal("1.5"), days("2026-03-06", HalfDay.PM, "2026-03-09", HalfDay.PM));
    }

    @Test
    void weekendsCountNothing() {
        assertEquals(new BigDecimal("0.0"), days("2026-03-07", null, "2026-03-08", null), "Sat–Sun");
        // Sat PM .. Mon AM: only Monday morning
        assertEquals(new BigDecimal("0.5"), days("2026-03-07", HalfDay.PM, "2026-03-09", HalfDay.AM));
        // two full weeks Mon 2 – Fri 13
        assertEquals(new BigDecimal("10.0"), days("2026-03-02", null, "2026-03-13", null));
    }

    @Test
    void anAfternoonToTheSameMorningRunsBackwards() {
        assertTrue(LeaveDays.backwards(LocalDate.parse("2026-03-04"), HalfDay.PM, LocalDate.parse("2026-03-04"),
                HalfDay.AM));
        assertTrue(LeaveDays.backwards(LocalDate.parse("2026-03-04"), null, LocalDate.parse("2026-03-03"), null));
        assertFalse(LeaveDays.backwards(LocalDate.parse("2026-03-04"), HalfDay.PM, LocalDate.parse("2026-03-04"),
                HalfDay.PM));
    }
}
