package io.tangram.hr.impl.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.hr.impl.attendance.AttendanceService;
import io.tangram.hr.impl.attendance.AttendanceSettings;
import io.tangram.hr.impl.attendance.ScheduleService;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.hr.impl.employee.EmployeeService;
import io.tangram.hr.impl.employee.EmployeeSettings;
import io.tangram.hr.impl.leave.LeaveBalanceService;
import io.tangram.hr.impl.leave.LeaveRequestService;
import io.tangram.hr.impl.leave.LeaveSettings;
import io.tangram.hr.impl.org.HrRows;
import io.tangram.hr.impl.org.OrganisationService;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.impl.testing.RecordingAuditLog;
import io.tangram.platform.impl.testing.RecordingEventPublisher;

/** The demo organisation on the real HR services and migrations, loaded in November 2026 (October's punches). */
class HrDemoDataTest {
    private final Clock november = Clock.fixed(Instant.parse("2026-11-10T02:00:00Z"), ZoneOffset.UTC);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private HrRows rows;
    private OrganisationService organisation;
    private EmployeeService employees;
    private ScheduleService schedules;
    private AttendanceService attendance;
    private LeaveRequestService leave;

    @BeforeEach
    void services() throws Exception {
        rows = new HrRows("hr-demo");
        var ds = rows.db.dataSource();
        var tx = rows.db.transactions();
        UserDirectory users = (UserDirectory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UserDirectory.class}, (p, m, a) -> {
                    throw new AssertionError("demo data must not touch users: " + m.getName());
                });
        EmployeeRegister register = new EmployeeRegister(ds);
        organisation = new OrganisationService(null, ds, tx, audit);
        employees = new EmployeeService(null, ds, tx, audit, new RecordingEventPublisher(),
                (company, type, year) -> type + "-" + year, users, register, new EmployeeSettings(config(
                        EmployeeSettings.Config.class)));
        AttendanceSettings attendanceSettings = new AttendanceSettings();
        schedules = new ScheduleService(null, ds, tx, audit, register, attendanceSettings);
        LeaveBalanceService balances = new LeaveBalanceService(null, ds, tx, audit, register,
                new LeaveSettings(config(LeaveSettings.Config.class)));
        java.util.concurrent.atomic.AtomicInteger leaveNumbers = new java.util.concurrent.atomic.AtomicInteger();
        leave = new LeaveRequestService(null, ds, tx, audit, (company, type, year) -> String.format("%s-%d-%06d", type,
                year, leaveNumbers.incrementAndGet()), register, schedules, balances);
        attendance = new AttendanceService(null, ds, tx, audit, register, schedules, leave, attendanceSettings);
    }

    @AfterEach
    void close() {
        rows.close();
    }

    private HrDemoData activate(boolean demoData) {
        HrDemoData.Config config = (HrDemoData.Config) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HrDemoData.Config.class}, (p, m, a) -> "demoData".equals(m.getName()) ? demoData : null);
        return new HrDemoData(config, rows.db.transactions(), organisation, employees, schedules, attendance, leave,
                november);
    }

    @Test
    void loadsTheOrganisationPeopleAndOctobersAttendance() {
        HrDemoData demo = activate(true);

        assertEquals(new HrDemoData.Loaded(4, 4, 7, 8, 348, 1), demo.loaded());
        assertEquals(List.of("ADMIN 行政部 HQ E0005 5602", "HQ 总部 null E0001 5602", "RND 研发部 HQ E0007 4301",
                "SALES 销售部 HQ E0002 5601"), departments());
        assertEquals(8, rows.db.number("SELECT COUNT(*) FROM hr_employee WHERE status = 'ONBOARDING' AND username IS NULL"
                + " AND base_salary BETWEEN 8000 AND 35000 AND currency = 'CNY' AND bank_account IS NOT NULL"));
        assertEquals(3, rows.db.number("SELECT COUNT(*) FROM hr_employee WHERE city = 'BJ'"));
        assertEquals(35000, rows.db.number("SELECT CAST(MAX(base_salary) AS BIGINT) FROM hr_employee"));
        assertEquals(8000, rows.db.number("SELECT CAST(MIN(base_salary) AS BIGINT) FROM hr_employee"));
        for (DemoOrganisation.Person p : DemoOrganisation.PEOPLE) {
            assertEquals(18, p.idNumber().length());
            assertEquals(1, rows.db.number("SELECT COUNT(*) FROM hr_employee WHERE number = ? AND id_number = ?",
                    p.number(), p.idNumber()));
        }
        assertEquals("11010519491231002X", DemoOrganisation.idNumber("11010519491231002"));
        // October 2026 has 22 weekdays: 8 people, less E0004's absence and E0003's leave, are 174 days of 2 punches
        assertEquals(348, rows.db.number("SELECT COUNT(*) FROM hr_clock_record WHERE work_date BETWEEN"
                + " DATE('2026-10-01') AND DATE('2026-10-31')"));
        assertEquals(1, rows.db.number("SELECT COUNT(*) FROM hr_attendance_day d JOIN hr_employee e ON e.id = d.employee_id"
                + " WHERE e.number = 'E0004' AND d.status = 'LATE' AND d.work_date = DATE('2026-10-05')"));
        assertEquals(1, rows.db.number("SELECT COUNT(*) FROM hr_attendance_day d JOIN hr_employee e ON e.id = d.employee_id"
                + " WHERE e.number = 'E0004' AND d.status = 'ABSENT' AND d.work_date = DATE('2026-10-12')"));
        assertEquals(1, rows.db.number("SELECT COUNT(*) FROM hr_leave_request r JOIN hr_employee e ON e.id = r.employee_id"
                + " WHERE e.number = 'E0003' AND r.status = 'APPROVED' AND r.from_date = DATE('2026-10-15')"
                + " AND r.days = 1"));
        assertEquals(0, rows.db.number("SELECT COUNT(*) FROM hr_clock_record r JOIN hr_employee e ON e.id = r.employee_id"
                + " WHERE e.number = 'E0003' AND r.work_date = DATE('2026-10-15')"));
        assertTrue(audit.records().size() > 30);
    }

    @Test
    void aSecondActivationAddsNothing() {
        activate(true);
        long audited = audit.records().size();

        HrDemoData again = activate(true);

        assertEquals(HrDemoData.Loaded.NOTHING, again.loaded());
        assertEquals(8, rows.db.number("SELECT COUNT(*) FROM hr_employee"));
        assertEquals(4, rows.db.number("SELECT COUNT(*) FROM hr_department"));
        assertEquals(348, rows.db.number("SELECT COUNT(*) FROM hr_clock_record"));
        assertEquals(1, rows.db.number("SELECT COUNT(*) FROM hr_leave_request"));
        assertEquals(audited, audit.records().size());
    }

    @Test
    void demoDataOffDoesNothing() {
        assertEquals(HrDemoData.Loaded.NOTHING, activate(false).loaded());
        assertEquals(0, rows.db.number("SELECT COUNT(*) FROM hr_department"));
        assertEquals(0, rows.db.number("SELECT COUNT(*) FROM hr_cost_centre"));
        assertEquals(0, audit.records().size());
    }

    private List<String> departments() {
        return new io.tangram.platform.api.sql.Sql(rows.db.dataSource()).list("SELECT d.code, d.name_zh, p.code AS parent,"
                + " m.number, d.expense_account FROM hr_department d LEFT JOIN hr_department p ON p.id = d.parent_id"
                + " LEFT JOIN hr_employee m ON m.id = d.manager_employee_id ORDER BY d.code", rs -> rs.getString(1) + " "
                + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
    }

    @SuppressWarnings("unchecked")
    private static <T> T config(Class<T> type) {
        return (T) Proxy.newProxyInstance(HrDemoDataTest.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> m.getDefaultValue());
    }
}
