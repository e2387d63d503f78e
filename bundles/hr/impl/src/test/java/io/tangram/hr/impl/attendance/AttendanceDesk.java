package io.tangram.hr.impl.attendance;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.hr.impl.leave.LeaveCalendar;
import io.tangram.hr.impl.leave.LeaveDay;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.MovableClock;
import io.tangram.platform.impl.testing.RecordingAuditLog;

/**
 * The attendance services on a fresh Derby database with the real HR migrations, a clock at
 * 2026-12-01 10:00 Shanghai time, a leave calendar the test fills and employees inserted with plain
 * SQL: department {@code SALES} managed by {@code M0001} (user {@code zhao}).
 */
final class AttendanceDesk implements AutoCloseable {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Caller ADMIN = new Caller("admin", Set.of("admin"), Set.of("*"));

    final DerbyTestDatabase db;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final StubLeave leave = new StubLeave();
    final MovableClock clock = new MovableClock(at("2026-12-01T10:00"), SHANGHAI);
    final AtomicInteger numbered = new AtomicInteger();
    final DocumentNumbers numbers = (companyId, type, year) -> String.format("%s-%d-%06d", type, year,
            numbered.incrementAndGet());
    final EmployeeRegister register;
    final AttendanceSettings settings = new AttendanceSettings();
    final ScheduleService schedules;
    final AttendanceService attendance;
    final CorrectionService corrections;
    final long sales;

    AttendanceDesk() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("hr-att", "hr", Path.of("src/main/resources/db/migration"));
        register = new EmployeeRegister(db.dataSource());
        schedules = new ScheduleService(db.dataSource(), db.transactions(), audit, register, settings, clock);
        attendance = new AttendanceService(db.dataSource(), db.transactions(), audit, register, schedules, leave, settings,
                clock);
        corrections = new CorrectionService(db.dataSource(), db.transactions(), audit, numbers, register, attendance,
                clock);
        db.update("INSERT INTO hr_department (company_id, code, name, name_zh, active, version, created_at, updated_at)"
                + " VALUES (1, 'SALES', 'Sales', '销售部', TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        sales = db.number("SELECT id FROM hr_department WHERE code = 'SALES'");
        long manager = employee("M0001", "zhao", "Zhao Lei", "2020-01-01", null);
        db.update("UPDATE hr_department SET manager_employee_id = ? WHERE id = ?", manager, sales);
    }

    /** Inserts an employee of SALES; answers the id. */
    long employee(String number, String username, String name, String hired, String left) {
        db.update("INSERT INTO hr_employee (company_id, number, username, name, department_id, hire_date, contract_type,"
                + " status, currency, version, created_by, created_at, updated_at)"
                + " VALUES (1, ?, ?, ?, ?, ?, 'OPEN_ENDED', 'REGULAR', 'CNY', 0, 'test', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)", number, username, name, sales, java.sql.Date.valueOf(hired));
        if (left != null) {
            db.update("UPDATE hr_employee SET leave_date = ? WHERE number = ?", java.sql.Date.valueOf(left), number);
        }
        return db.number("SELECT id FROM hr_employee WHERE number = ?", number);
    }

    /** A user with only the given permissions. */
    static Caller user(String name, String... permissions) {
        return new Caller(name, Set.of("employee"), Set.of(permissions));
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Override
    public void close() {
        db.close();
    }

    /** Approved leave as the leave service would give it. */
    static final class StubLeave implements LeaveCalendar {
        record Entry(long employeeId, LeaveDay day) {
        }

        final List<Entry> entries = new CopyOnWriteArrayList<>();

        void add(long employeeId, String date, String type, String fraction, boolean paid) {
            entries.add(new Entry(employeeId, new LeaveDay(LocalDate.parse(date), type, new BigDecimal(fraction), paid,
                    "LV-2026-000001")));
        }

        @Override
        public List<LeaveDay> approvedLeave(long employeeId, LocalDate from, LocalDate to) {
            List<LeaveDay> days = new ArrayList<>();
            for (Entry e : entries) {
                if (e.employeeId() == employeeId && !e.day().date().isBefore(from) && !e.day().date().isAfter(to)) {
                    days.add(e.day());
                }
            }
            days.sort((a, b) -> a.date().compareTo(b.date()));
            return days;
        }
    }
}
