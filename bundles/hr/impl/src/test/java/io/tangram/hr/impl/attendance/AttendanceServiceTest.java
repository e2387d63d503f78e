package io.tangram.hr.impl.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;

/** November 2026 (1 November is a Sunday: 21 working days Monday to Friday) for two employees of SALES. */
class AttendanceServiceTest {
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private AttendanceDesk desk;
    private long wang;
    private long li;

    @BeforeEach
    void setUp() throws Exception {
        desk = new AttendanceDesk();
        wang = desk.employee("E0001", "wang", "Wang Fang", "2026-01-05", null);
        li = desk.employee("E0002", "li", "Li Na", "2026-11-16", null);
        CallContext.bind(AttendanceDesk.ADMIN);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private static String csv(String... lines) {
        return "employee,time,device\n" + String.join("\n", lines) + "\n";
    }

    /** Wang's month: one day of each status; Li hired on 16 November. */
    private void november() {
        StringBuilder file = new StringBuilder("employee,time,device\n");
        String[][] wangDays = {{"02", "08:55", "18:05"}, {"03", "09:06", "18:00"}, {"04", "09:00", "17:30"},
                {"05", "09:10", "17:50"}, {"06", "08:58"}, {"10", "09:00", "19:47"}, {"12", "13:55", "18:00"},
                {"14", "10:00", "15:17"}};
        for (String[] day : wangDays) {
            for (int i = 1; i < day.length; i++) {
                file.append("E0001,2026-11-").append(day[0]).append(' ').append(day[i]).append(",GATE-1\n");
            }
        }
        for (int d : new int[] {13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27, 30}) {
            file.append(String.format("E0001,2026-11-%02dT08:59:00,GATE-1%nE0001,2026-11-%02dT18:01:00,GATE-1%n", d, d));
        }
        for (int d : new int[] {16, 17, 18, 19, 20, 23, 24, 25, 26, 27}) {
            file.append(String.format("E0002,2026-11-%02d 09:00%nE0002,2026-11-%02d 18:00%n", d, d));
        }
        desk.leave.add(wang, "2026-11-11", "ANNUAL", "1", true);
        desk.leave.add(wang, "2026-11-12", "PERSONAL", "0.5", false);
        ImportResult result = desk.attendance.importCsv(1, file.toString());
        assertEquals(new ImportResult(59, 59, 0, 2, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), 29 + 12), result);
    }

    @Test
    void aMonthWithEveryStatus() {
        november();
        Map<LocalDate, AttendanceDay> days = desk.attendance.days(1, "E0001", NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(),
                PageRequest.of(0, 100)).items().stream().collect(Collectors.toMap(AttendanceDay::date, d -> d));
        assertEquals(30, days.size());
        assertEquals(DayStatus.REST, day(days, 1).status());
        assertEquals(DayStatus.PRESENT, day(days, 2).status());
        assertEquals(490, day(days, 2).workedMinutes());
        assertEquals(DayStatus.LATE, day(days, 3).status());
        assertEquals(6, day(days, 3).lateMinutes());
        assertEquals(DayStatus.EARLY_LEAVE, day(days, 4).status());
        assertEquals(30, day(days, 4).earlyMinutes());
        assertEquals(DayStatus.LATE_AND_EARLY, day(days, 5).status());
        assertEquals(DayStatus.MISSING_PUNCH, day(days, 6).status());
        assertEquals(LocalDateTime.parse("2026-11-06T08:58"), day(days, 6).firstIn());
        assertEquals(DayStatus.ABSENT, day(days, 9).status());
        assertEquals(DayStatus.PRESENT, day(days, 10).status());
        assertEquals(90, day(days, 10).overtimeMinutes());
        assertEquals(DayStatus.LEAVE, day(days, 11).status());
        assertEquals("ANNUAL", day(days, 11).leaveType());
        assertEquals(DayStatus.HALF_LEAVE, day(days, 12).status());
        assertEquals(DayStatus.REST, day(days, 14).status());
        assertEquals(240, day(days, 14).overtimeMinutes());
        assertEquals("STD", day(days, 14).schedule());

        MonthlyAttendance m = desk.attendance.summary(wang, NOVEMBER);
        assertEquals(new MonthlyAttendance(wang, NOVEMBER, new BigDecimal("21.0"), new BigDecimal("17.5"),
                new BigDecimal("2.0"), new BigDecimal("1.0"), new BigDecimal("0.5"), 2, 2, new BigDecimal("5.50")), m);
    }

    @Test
    void anEmployeeHiredMidMonthHasFewerWorkdaysAndDaysBeforeHireAreNotCounted() {
        november();
        EmployeeMonth month = desk.attendance.month(1, "E0002", NOVEMBER);
        assertEquals(new MonthlyAttendance(li, NOVEMBER, new BigDecimal("11.0"), new BigDecimal("10.0"),
                new BigDecimal("1.0"), new BigDecimal("0.0"), new BigDecimal("0.0"), 0, 0, new BigDecimal("0.00")),
                month.attendance());
        assertEquals("Li Na", month.name());
        assertEquals(15, desk.db.number("SELECT COUNT(*) FROM hr_attendance_day WHERE employee_id = ?", li));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM hr_attendance_day WHERE employee_id = ? AND work_date < ?",
                li, java.sql.Date.valueOf("2026-11-16")));
        List<EmployeeMonth> everyone = desk.attendance.months(1, NOVEMBER, PageRequest.of(0, 50)).items();
        assertEquals(List.of("E0001", "E0002", "M0001"), everyone.stream().map(EmployeeMonth::employee).toList());
        assertEquals(new BigDecimal("21.0"), everyone.get(2).attendance().absentDays());
    }

    @Test
    void theReportTotalsTheDepartment() {
        november();
        AttendanceReport report = desk.attendance.report(1, NOVEMBER, "SALES");
        assertEquals(3, report.employees().size());
        DepartmentAttendance sales = report.departments().get(0);
        assertEquals(new DepartmentAttendance("SALES", "Sales", 3, new BigDecimal("53.0"), new BigDecimal("27.5"),
                new BigDecimal("24.0"), new BigDecimal("1.0"), new BigDecimal("0.5"), 2, 2, new BigDecimal("5.50")), sales);
        assertEquals(0, desk.attendance.report(1, NOVEMBER, "HR").employees().size());
    }

    @Test
    void aHolidayAndAMakeUpWorkdayChangeTheWorkdays() {
        List<LocalDate> before = desk.schedules.workdays(wang, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
        assertEquals(5, before.size());
        desk.schedules.replaceHolidays(1, 2026, List.of(
                new Holiday(LocalDate.of(2026, 11, 19), HolidayKind.HOLIDAY, "Company day", "公司日"),
                new Holiday(LocalDate.of(2026, 11, 20), HolidayKind.HOLIDAY, "Company day", "公司日"),
                new Holiday(LocalDate.of(2026, 11, 21), HolidayKind.WORKDAY, "Make-up day", "调休上班")));
        assertEquals(List.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 11, 21)), desk.schedules.workdays(wang, LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 22)));
        november();
        MonthlyAttendance m = desk.attendance.summary(wang, NOVEMBER);
        assertEquals(new BigDecimal("20.0"), m.workdays());
        assertEquals(new BigDecimal("3.0"), m.absentDays());
        assertEquals(DayStatus.ABSENT, desk.attendance.day(wang, LocalDate.of(2026, 11, 21)).orElseThrow().status());
        assertEquals(DayStatus.REST, desk.attendance.day(wang, LocalDate.of(2026, 11, 19)).orElseThrow().status());
        assertEquals(3, desk.schedules.holidays(1, 2026).size());
        ValidationException e = assertThrows(ValidationException.class, () -> desk.schedules.replaceHolidays(1, 2026,
                List.of(new Holiday(LocalDate.of(2027, 1, 1), HolidayKind.HOLIDAY, "New Year", "元旦"))));
        assertEquals(List.of("days[0].date"), fields(e));
    }

    @Test
    void aFileWithABadLineStoresNothingAndNamesTheLines() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.attendance.importCsv(1, csv(
                "E0001,2026-11-02 08:57,GATE-1", "E0001,2026-11-02 8:57,GATE-1", "E0009,2026-11-02 09:00,GATE-1",
                "E0002,2026-11-02 09:00,GATE-1")));
        assertEquals(List.of("lines[3].time", "lines[4].employee", "lines[5].time"), fields(e));
        assertEquals("must be a time such as 2026-11-02T08:57:00 or 2026-11-02 08:57",
                e.errors().get(0).message().in(Locale.ENGLISH));
        assertEquals("E0002 is not employed on 2026-11-02", e.errors().get(2).message().in(Locale.ENGLISH));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM hr_clock_record"));
        ValidationException noHeader = assertThrows(ValidationException.class,
                () -> desk.attendance.importCsv(1, "E0001,2026-11-02 08:57\n"));
        assertEquals(List.of("lines[1]"), fields(noHeader));
    }

    @Test
    void aDuplicatePunchIsIgnoredAndCounted() {
        desk.attendance.enter(1, new ClockInput("E0001", "2026-11-02T08:57:00", null));
        ImportResult result = desk.attendance.importCsv(1, csv("E0001,2026-11-02 08:57,GATE-1",
                "E0001,2026-11-02T08:57:40,GATE-2", "E0001,2026-11-02 18:03,GATE-1", "E0001,2026-11-02 18:03,GATE-1"));
        assertEquals(1, result.stored());
        assertEquals(3, result.duplicates());
        assertEquals(2, desk.db.number("SELECT COUNT(*) FROM hr_clock_record WHERE employee_id = ?", wang));
        AttendanceDay day = desk.attendance.day(wang, LocalDate.of(2026, 11, 2)).orElseThrow();
        assertEquals(DayStatus.PRESENT, day.status());
        assertEquals(2, day.punches());
        assertTrue(desk.audit.briefs().stream().anyMatch(b -> b.contains("import")));
    }

    @Test
    void anEmployeeClocksInAndOutAndSeesOnlyTheirOwnDays() throws Exception {
        CallContext.clear();
        CallContext.bind(AttendanceDesk.user("wang", SelfServicePermissions.SELF));
        desk.clock.set(AttendanceDesk.at("2026-11-30T09:07:31"));
        ClockResult in = desk.attendance.clockNow("web");
        assertEquals(LocalDateTime.parse("2026-11-30T09:07"), in.record().time());
        assertEquals(DayStatus.MISSING_PUNCH, in.day().status());
        assertTrue(desk.attendance.clockNow(null).duplicate());
        desk.clock.set(AttendanceDesk.at("2026-11-30T18:02"));
        ClockResult out = desk.attendance.clockNow("web");
        assertEquals(DayStatus.LATE, out.day().status());
        assertEquals(7, out.day().lateMinutes());
        assertEquals("REST", out.record().source());
        assertEquals(List.of(DayStatus.LATE), desk.attendance.myDays(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30),
                PageRequest.of(0, 10)).items().stream().map(AttendanceDay::status).toList());
        MonthlyAttendance mine = desk.attendance.myMonth(NOVEMBER).attendance();
        assertEquals(1, mine.lateCount());
        assertEquals(new BigDecimal("20.0"), mine.absentDays());
        assertThrows(ForbiddenException.class, () -> desk.attendance.days(1, "E0002", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), PageRequest.of(0, 10)));
        assertThrows(ForbiddenException.class, () -> desk.attendance.enter(1, new ClockInput("E0001", "2026-11-30 18:30",
                null)));
    }

    @Test
    void hrEntersAPunchForAnEmployeeWithEveryBadFieldNamed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> desk.attendance.enter(1, new ClockInput("E0009", "yesterday", null)));
        assertEquals(List.of("time", "employee"), fields(e));
        assertThrows(ValidationException.class, () -> desk.attendance.enter(1, new ClockInput("E0002", "2026-11-02 09:00",
                null)));
        ClockResult r = desk.attendance.enter(1, new ClockInput("E0002", "2026-11-16 09:00", "desk"));
        assertEquals("E0002", r.record().employee());
        assertEquals(LocalDate.of(2026, 11, 16), r.record().workDate());
        ComputeResult computed = desk.attendance.compute(1, NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(), null);
        assertEquals(new ComputeResult(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(), 3, 30 + 30 + 15), computed);
    }

    @Test
    void daysAfterTodayAreNotComputed() {
        desk.clock.set(AttendanceDesk.at("2026-11-10T12:00"));
        MonthlyAttendance m = desk.attendance.summary(wang, NOVEMBER);
        assertEquals(new BigDecimal("7.0"), m.workdays());
        assertEquals(10, desk.db.number("SELECT COUNT(*) FROM hr_attendance_day WHERE employee_id = ?", wang));
    }

    @Test
    void anotherScheduleFromADate() {
        desk.schedules.create(1, new ScheduleInput("late", "Late shift", "晚班", java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(19, 0), 60, List.of("TUE", "WED", "THU", "FRI", "SAT"), 10, 0, 60, null));
        desk.schedules.assign(1, "E0001", "LATE", LocalDate.of(2026, 11, 16));
        assertEquals(List.of(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18)),
                desk.schedules.workdays(wang, LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 18)));
        desk.attendance.enter(1, new ClockInput("E0001", "2026-11-17 10:08", null));
        desk.attendance.enter(1, new ClockInput("E0001", "2026-11-17 19:00", null));
        AttendanceDay day = desk.attendance.day(wang, LocalDate.of(2026, 11, 17)).orElseThrow();
        assertEquals("LATE", day.schedule());
        assertEquals(DayStatus.PRESENT, day.status());
        assertThrows(ConflictException.class, () -> desk.schedules.create(1, new ScheduleInput("LATE", "x", null,
                java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0), null, null, null, null, null, null)));
        ValidationException e = assertThrows(ValidationException.class, () -> desk.schedules.create(1,
                new ScheduleInput("N", "Night", null, java.time.LocalTime.of(22, 0), java.time.LocalTime.of(6, 0), null,
                        List.of("MON", "XYZ"), -1, null, null, null)));
        assertEquals(List.of("end", "lateGraceMinutes", "workingDays[1]"), fields(e));
    }

    private static AttendanceDay day(Map<LocalDate, AttendanceDay> days, int dayOfNovember) {
        return days.get(LocalDate.of(2026, 11, dayOfNovember));
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
