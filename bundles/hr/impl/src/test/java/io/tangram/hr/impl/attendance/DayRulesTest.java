package io.tangram.hr.impl.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.hr.impl.leave.LeaveDay;

/** The rules of one day under STD (09:00–18:00, break 13:00–14:00, grace 5 in / 0 out, overtime from 30 minutes). */
class DayRulesTest {
    static final WorkSchedule STD = new WorkSchedule(1, 1, "STD", "Standard", "标准工时", LocalTime.of(9, 0),
            LocalTime.of(18, 0), 60, List.of("MON", "TUE", "WED", "THU", "FRI"), 5, 0, 30, true);
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 3);

    private static DayRules.Outcome judge(boolean workday, List<LeaveDay> leave, String... times) {
        List<LocalDateTime> punches = Arrays.stream(times).map(t -> TUESDAY.atTime(LocalTime.parse(t))).toList();
        return DayRules.judge(STD, TUESDAY, workday, punches, leave);
    }

    @Test
    void sixMinutesLateWithFiveMinutesGraceIsLateBySix() {
        DayRules.Outcome o = judge(true, List.of(), "09:06", "18:00");
        assertEquals(DayStatus.LATE, o.status());
        assertEquals(6, o.lateMinutes());
        assertEquals(0, o.earlyMinutes());
        assertEquals(474, o.workedMinutes());
        assertEquals(new BigDecimal("1"), o.presentPart());
    }

    @Test
    void withinTheGraceIsOnTime() {
        DayRules.Outcome o = judge(true, List.of(), "18:00", "09:05");
        assertEquals(DayStatus.PRESENT, o.status());
        assertEquals(0, o.lateMinutes());
        assertEquals(LocalDateTime.parse("2026-11-03T09:05"), o.firstIn());
        assertEquals(LocalDateTime.parse("2026-11-03T18:00"), o.lastOut());
    }

    @Test
    void overtimeAfterTheThresholdIsRoundedDownToHalfHours() {
        DayRules.Outcome o = judge(true, List.of(), "09:00", "12:00", "19:47");
        assertEquals(DayStatus.PRESENT, o.status());
        assertEquals(90, o.overtimeMinutes());
        assertEquals(587, o.workedMinutes());
        assertEquals(3, o.punches());
        assertEquals(0, judge(true, List.of(), "09:00", "18:29").overtimeMinutes());
        assertEquals(30, judge(true, List.of(), "09:00", "18:30").overtimeMinutes());
    }

    @Test
    void earlyLeaveAndBoth() {
        DayRules.Outcome early = judge(true, List.of(), "09:00", "17:30");
        assertEquals(DayStatus.EARLY_LEAVE, early.status());
        assertEquals(30, early.earlyMinutes());
        DayRules.Outcome both = judge(true, List.of(), "09:10", "17:50");
        assertEquals(DayStatus.LATE_AND_EARLY, both.status());
        assertEquals(10, both.lateMinutes());
        assertEquals(10, both.earlyMinutes());
    }

    @Test
    void noPunchIsAbsentAndOnePunchIsMissingPunchCountedAbsent() {
        DayRules.Outcome absent = judge(true, List.of());
        assertEquals(DayStatus.ABSENT, absent.status());
        assertEquals(0, new BigDecimal("1").compareTo(absent.absentPart()));
        DayRules.Outcome missing = judge(true, List.of(), "08:58");
        assertEquals(DayStatus.MISSING_PUNCH, missing.status());
        assertNull(missing.lastOut());
        assertEquals(0, new BigDecimal("1").compareTo(missing.absentPart()));
        assertEquals(0, missing.workedMinutes());
    }

    @Test
    void leaveWholeAndHalf() {
        LeaveDay annual = new LeaveDay(TUESDAY, "ANNUAL", BigDecimal.ONE, true, "LV-1");
        DayRules.Outcome leave = judge(true, List.of(annual));
        assertEquals(DayStatus.LEAVE, leave.status());
        assertEquals(0, BigDecimal.ONE.compareTo(leave.paidLeavePart()));
        assertEquals("ANNUAL", leave.leaveType());
        LeaveDay personal = new LeaveDay(TUESDAY, "PERSONAL", new BigDecimal("0.5"), false, "LV-2");
        DayRules.Outcome half = judge(true, List.of(personal), "13:55", "18:00");
        assertEquals(DayStatus.HALF_LEAVE, half.status());
        assertEquals(0, new BigDecimal("0.5").compareTo(half.presentPart()));
        assertEquals(0, new BigDecimal("0.5").compareTo(half.unpaidLeavePart()));
        assertEquals(0, half.lateMinutes());
        assertEquals(240, half.workedMinutes());
        DayRules.Outcome halfAbsent = judge(true, List.of(personal));
        assertEquals(DayStatus.ABSENT, halfAbsent.status());
        assertEquals(0, new BigDecimal("0.5").compareTo(halfAbsent.absentPart()));
    }

    @Test
    void everyMinuteOnARestDayIsOvertime() {
        DayRules.Outcome o = judge(false, List.of(), "10:00", "15:17");
        assertEquals(DayStatus.REST, o.status());
        assertEquals(257, o.workedMinutes());
        assertEquals(240, o.overtimeMinutes());
        assertEquals(0, o.presentPart().signum());
        assertEquals(DayStatus.REST, judge(false, List.of()).status());
    }
}
