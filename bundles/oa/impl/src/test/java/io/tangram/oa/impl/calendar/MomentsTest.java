package io.tangram.oa.impl.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ValidationException;

/** Moments typed in a query or at the console. */
class MomentsTest {

    @Test
    void localTimesAreShanghaiAndOffsetsAreKept() {
        Instant six = Instant.parse("2026-12-01T06:00:00Z");
        assertEquals(six, Moments.parse("from", "2026-12-01T14:00"));
        assertEquals(six, Moments.parse("from", "2026-12-01T06:00:00Z"));
        assertEquals(six, Moments.parse("from", "2026-12-01T14:00+08:00"));
        assertEquals(six, Moments.parse("from", "2026-12-01T01:00-05:00"));
        assertEquals(Instant.parse("2026-12-01T07:00:00Z"), Moments.parse("to", "15:00", LocalDate.of(2026, 12, 1)));
        assertNull(Moments.parse("from", " "));
        ValidationException bad = assertThrows(ValidationException.class, () -> Moments.parse("to", "tomorrow"));
        assertEquals("to", bad.errors().get(0).field());
    }
}
