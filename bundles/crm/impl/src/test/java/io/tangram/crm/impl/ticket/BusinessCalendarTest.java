package io.tangram.crm.impl.ticket;

import static io.tangram.crm.impl.ticket.TicketDesk.SHANGHAI;
import static io.tangram.crm.impl.ticket.TicketDesk.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Business-time arithmetic, Mon–Fri 09:00–18:00 Asia/Shanghai; 2026-11-27 is a Friday. */
class BusinessCalendarTest {
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private final BusinessCalendar standard = BusinessCalendar.standard();

    /** National Day 2026-10-01 (Thu) to 10-07 (Wed) off; Sat 10-10 worked instead (调休). */
    private final BusinessCalendar nationalDay = new BusinessCalendar(SHANGHAI, WEEKDAYS, LocalTime.of(9, 0),
            LocalTime.of(18, 0), Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"),
                    LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07")),
            Set.of(LocalDate.parse("2026-10-10")));

    @Test
    void fridayAfternoonCarriesOverTheWeekend() {
        // Fri 17:00–18:00 = 60 min, then Mon 09:00 + (240 - 60) = 180 min → Mon 12:00
        assertEquals(at("2026-11-30T12:00"), standard.plusMinutes(at("2026-11-27T17:00"), 240));
    }

    @Test
    void aWeekendTicketCountsFromMondayMorning() {
        // Sat 10:00 is outside business hours: the clock starts Mon 09:00; + 60 min → Mon 10:00
        assertEquals(at("2026-11-30T10:00"), standard.plusMinutes(at("2026-11-28T10:00"), 60));
    }

    @Test
    void aFullDayFromNineEndsAtFive() {
        // Wed 09:00 + 8 h = Wed 17:00, all inside the 09:00–18:00 window
        assertEquals(at("2026-12-02T17:00"), standard.plusMinutes(at("2026-12-02T09:00"), 480));
        // Wed 09:00 + 9 h = 18:00 the same day (the end of the window), not Thu 09:00
        assertEquals(at("2026-12-02T18:00"), standard.plusMinutes(at("2026-12-02T09:00"), 540));
        // Wed 09:00 + 10 h = 9 h on Wed + 1 h on Thu → Thu 10:00
        assertEquals(at("2026-12-03T10:00"), standard.plusMinutes(at("2026-12-02T09:00"), 600));
    }

    @Test
    void beforeAndAfterHoursStartAtTheNextOpening() {
        // Mon 08:00 → opens 09:00, + 30 → 09:30
        assertEquals(at("2026-11-30T09:30"), standard.plusMinutes(at("2026-11-30T08:00"), 30));
        // Mon 19:00 → next opening Tue 09:00, + 30 → Tue 09:30
        assertEquals(at("2026-12-01T09:30"), standard.plusMinutes(at("2026-11-30T19:00"), 30));
        // Fri 18:00 exactly → next opening Mon 09:00, + 15 → Mon 09:15
        assertEquals(at("2026-11-30T09:15"), standard.plusMinutes(at("2026-11-27T18:00"), 15));
    }

    @Test
    void holidaysAreSkippedAndMakeUpWorkdaysCount() {
        // Wed 09-30 17:00–18:00 = 60; Thu 10-01, Fri 10-02 holidays, weekend, Mon–Wed 10-05..07 holidays;
        // Thu 10-08 09:00 + (120 - 60) = 60 → Thu 10-08 10:00
        assertEquals(at("2026-10-08T10:00"), nationalDay.plusMinutes(at("2026-09-30T17:00"), 120));
        // Fri 10-09 17:30–18:00 = 30; Sat 10-10 is a make-up workday: 09:00 + (90 - 30) = 60 → Sat 10:00
        assertEquals(at("2026-10-10T10:00"), nationalDay.plusMinutes(at("2026-10-09T17:30"), 90));
        assertFalse(nationalDay.isWorkingDay(LocalDate.parse("2026-10-01")));
        assertTrue(nationalDay.isWorkingDay(LocalDate.parse("2026-10-10")));
        assertFalse(standard.isWorkingDay(LocalDate.parse("2026-10-10")), "a plain Saturday is off");
    }

    @Test
    void minutesBetweenCountOnlyWorkingTime() {
        // Fri 17:00–18:00 = 60, Mon 09:00–12:00 = 180 → 240 (the inverse of the first test)
        assertEquals(240, standard.minutesBetween(at("2026-11-27T17:00"), at("2026-11-30T12:00")));
        // Fri 17:30–18:00 = 30, Mon 09:00–09:15 = 15 → 45
        assertEquals(45, standard.minutesBetween(at("2026-11-27T17:30"), at("2026-11-30T09:15")));
        // Sat 10:00 → Sun 20:00: no working time
        assertEquals(0, standard.minutesBetween(at("2026-11-28T10:00"), at("2026-11-29T20:00")));
        // Wed 09-30 17:00 → Thu 10-08 10:00 over the holiday week: 60 + 60 = 120
        assertEquals(120, nationalDay.minutesBetween(at("2026-09-30T17:00"), at("2026-10-08T10:00")));
        assertEquals(0, standard.minutesBetween(at("2026-11-30T12:00"), at("2026-11-30T10:00")), "backwards is 0");
    }

    @Test
    void aBrokenCalendarIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(SHANGHAI, WEEKDAYS,
                LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(SHANGHAI, Set.of(),
                LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> standard.plusMinutes(at("2026-11-30T09:00"), -1));
    }

    @Test
    void theConfigurationDescribesTheCalendar() {
        // a 6-day week with short days: Sat 2026-11-28 08:30–12:30 counts; 08:30 + 300 min = 4 h Sat + 1 h Mon → Mon 09:30
        BusinessCalendar sixDays = SlaSettings.calendarOf(TicketDesk.config(60, "Asia/Shanghai",
                new String[] {"mon", "Tuesday", "WED", "thu", "fri", "sat"}, "08:30", "12:30", new String[0],
                new String[0]));
        assertEquals(at("2026-11-30T09:30"), sixDays.plusMinutes(at("2026-11-28T08:30"), 300));
        assertThrows(RuntimeException.class, () -> SlaSettings.calendarOf(TicketDesk.config(60, "Asia/Shanghai",
                new String[] {"funday"}, "09:00", "18:00", new String[0], new String[0])));
        // a .cfg file gives lists as one string: Mon–Fri, Fri 11-27 and Mon 11-30 off, Sat 11-28 worked;
        // Thu 11-26 17:00–18:00 = 60, Sat 09:00 + 60 → Sat 10:00
        BusinessCalendar fromFile = SlaSettings.calendarOf(TicketDesk.config(60, "Asia/Shanghai",
                new String[] {"MON, TUE,WED THU,FRI"}, "09:00", "18:00", new String[] {"2026-11-27,2026-11-30"},
                new String[] {"2026-11-28"}));
        assertEquals(at("2026-11-28T10:00"), fromFile.plusMinutes(at("2026-11-26T17:00"), 120));
        assertFalse(fromFile.isWorkingDay(LocalDate.parse("2026-11-30")));
    }

    @Test
    void anUnusableConfigurationKeepsTheStandardCalendar() {
        SlaSettings settings = new SlaSettings(TicketDesk.config(60, "Asia/Shanghai", new String[] {"MON"}, "9 o'clock",
                "18:00", new String[0], new String[0]));
        // still Mon–Fri: Fri 17:00 + 240 → Mon 12:00 as in the standard calendar
        assertEquals(at("2026-11-30T12:00"), settings.calendar().plusMinutes(at("2026-11-27T17:00"), 240));
        assertEquals(60, settings.checkIntervalSeconds());
    }
}
