package io.tangram.crm.impl.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RemindersTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aFollowUpIsDueCalendarDaysAfterTheTriggerDay() {
        // 27 Nov + 3 days = 30 Nov
        assertEquals(LocalDate.of(2026, 11, 30), Reminders.dueOn(LocalDate.of(2026, 11, 27), 3));
        // 28 Nov + 3 days: 28 + 3 = 31, November has 30 days → 1 Dec
        assertEquals(LocalDate.of(2026, 12, 1), Reminders.dueOn(LocalDate.of(2026, 11, 28), 3));
        // 30 Dec 2026 + 5 days: 30 + 5 = 35, December has 31 → 4 Jan 2027
        assertEquals(LocalDate.of(2027, 1, 4), Reminders.dueOn(LocalDate.of(2026, 12, 30), 5));
        // 27 Feb 2028 + 2 days: 2028 is a leap year → 29 Feb
        assertEquals(LocalDate.of(2028, 2, 29), Reminders.dueOn(LocalDate.of(2028, 2, 27), 2));
        // 0 days: the same day
        assertEquals(LocalDate.of(2026, 11, 27), Reminders.dueOn(LocalDate.of(2026, 11, 27), 0));
    }

    @Test
    void theTriggerDayIsTheStatedDayElseTheLocalDayTheEventHappened() {
        Instant lateEvening = Instant.parse("2026-11-30T17:30:00Z");
        assertEquals(LocalDate.of(2026, 11, 28), Reminders.triggerDay(LocalDate.of(2026, 11, 28), lateEvening, SHANGHAI));
        // 17:30 UTC + 8 h = 01:30 on 1 Dec in Shanghai
        assertEquals(LocalDate.of(2026, 12, 1), Reminders.triggerDay(null, lateEvening, SHANGHAI));
    }

    @Test
    void theSubjectTemplateIsFilledIn() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", "QT-2026-000009");
        values.put("date", "2026-11-27");
        assertEquals("Call about quote QT-2026-000009 sent 2026-11-27",
                Reminders.subject("Call about quote {number} sent {date}", values));
        assertEquals("Ask how the  went", Reminders.subject("Ask how the {type} went", Map.of("type", "")));
        assertEquals(200, Reminders.subject("x".repeat(190) + "{number}", values).length(), "cut to 200 characters");
    }
}
