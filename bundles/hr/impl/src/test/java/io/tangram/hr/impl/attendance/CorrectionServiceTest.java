package io.tangram.hr.impl.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/** 补卡: Wang (E0001) missed both punches on Monday 2 November; Zhao (M0001) manages SALES. */
class CorrectionServiceTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final Caller WANG = AttendanceDesk.user("wang", SelfServicePermissions.SELF);
    static final Caller ZHAO = AttendanceDesk.user("zhao", SelfServicePermissions.SELF);
    static final Caller LI = AttendanceDesk.user("li", SelfServicePermissions.SELF);
    private AttendanceDesk desk;
    private long wang;

    @BeforeEach
    void setUp() throws Exception {
        desk = new AttendanceDesk();
        wang = desk.employee("E0001", "wang", "Wang Fang", "2026-01-05", null);
        desk.employee("E0002", "li", "Li Na", "2026-01-05", null);
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    private Correction request(String time, String direction) throws Exception {
        return CallContext.runAs(WANG, () -> desk.corrections.request(new CorrectionInput(MONDAY, LocalTime.parse(time),
                direction, "Badge forgotten at home")));
    }

    private DayStatus monday() throws Exception {
        return CallContext.runAs(AttendanceDesk.ADMIN, () -> desk.attendance.days(1, "E0001", MONDAY, MONDAY,
                PageRequest.of(0, 1)).items().get(0).status());
    }

    @Test
    void theManagerApprovesAndTheDayIsRecomputedFromAbsentToPresent() throws Exception {
        assertEquals(DayStatus.ABSENT, monday());
        Correction in = request("08:55", "in");
        assertEquals("AC-2026-000001", in.number());
        assertEquals("PENDING", in.status());
        assertEquals("manager not notified: OA is not installed / 未通知上级：未安装 OA", in.notice());
        Correction out = request("18:10", "OUT");

        assertEquals(List.of("AC-2026-000002", "AC-2026-000001"), CallContext.runAs(ZHAO, () -> desk.corrections
                .corrections(1, "pending", PageRequest.of(0, 10)).items().stream().map(Correction::number).toList()));
        assertEquals(0, CallContext.runAs(LI, () -> desk.corrections.corrections(1, null, PageRequest.of(0, 10)).total()));

        Correction approved = CallContext.runAs(ZHAO, () -> desk.corrections.approve(1, in.number(), "ok"));
        assertEquals("APPROVED", approved.status());
        assertEquals("zhao", approved.decidedBy());
        assertEquals(DayStatus.MISSING_PUNCH, monday());
        CallContext.runAs(ZHAO, () -> desk.corrections.approve(1, out.number(), null));
        assertEquals(DayStatus.PRESENT, monday());
        assertEquals(List.of("CORRECTION", "CORRECTION"), desk.db.column(
                "SELECT source FROM hr_clock_record WHERE employee_id = ? ORDER BY punched_at", wang));
        assertEquals(1, desk.db.number("SELECT COUNT(*) FROM hr_attendance_correction c JOIN hr_clock_record r"
                + " ON r.id = c.clock_record_id WHERE c.number = 'AC-2026-000001' AND r.punched_at = ?",
                java.sql.Timestamp.valueOf(MONDAY.atTime(8, 55))));
        MonthlyAttendance m = desk.attendance.summary(wang, YearMonth.of(2026, 11));
        assertEquals(new BigDecimal("1.0"), m.presentDays());
    }

    @Test
    void decidingTwiceIsAConflictAndOnlyTheManagerOrHrDecide() throws Exception {
        Correction c = request("08:55", "IN");
        assertThrows(ForbiddenException.class, () -> CallContext.runAs(LI, () -> desk.corrections.approve(1, c.number(),
                null)));
        assertThrows(ForbiddenException.class, () -> CallContext.runAs(WANG, () -> desk.corrections.approve(1, c.number(),
                null)));
        Correction rejected = CallContext.runAs(AttendanceDesk.user("hr", SelfServicePermissions.SELF,
                AttendancePermissions.MANAGE), () -> desk.corrections.reject(1, c.number(), "No badge log at the gate"));
        assertEquals("REJECTED", rejected.status());
        assertEquals("No badge log at the gate", rejected.comment());
        ConflictException twice = assertThrows(ConflictException.class, () -> CallContext.runAs(ZHAO,
                () -> desk.corrections.approve(1, c.number(), null)));
        assertEquals("Correction AC-2026-000001 was already rejected by hr", twice.text().in(Locale.ENGLISH));
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM hr_clock_record"));
        assertEquals(DayStatus.ABSENT, monday());
    }

    @Test
    void aRequestNamesEveryBadFieldAndTheManagerIsNotifiedWhenOaIsThere() throws Exception {
        ValidationException e = assertThrows(ValidationException.class, () -> CallContext.runAs(WANG,
                () -> desk.corrections.request(new CorrectionInput(LocalDate.of(2026, 12, 2), LocalTime.of(9, 0), "UP",
                        " "))));
        assertEquals(List.of("reason", "direction", "time"), e.errors().stream().map(f -> f.field()).toList());
        List<NotificationInput> posted = new java.util.concurrent.CopyOnWriteArrayList<>();
        desk.corrections.notifications = n -> {
            posted.add(n);
            return 1L;
        };
        Correction c = request("18:05", "OUT");
        assertNull(c.notice());
        assertEquals("zhao", posted.get(0).recipient());
        assertEquals("AC-2026-000001", posted.get(0).sourceRef());
    }
}
