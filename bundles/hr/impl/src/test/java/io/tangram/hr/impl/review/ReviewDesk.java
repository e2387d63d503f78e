package io.tangram.hr.impl.review;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.RecordingAuditLog;

/**
 * Review services on a real Derby database with the HR migrations, and a small organisation:
 * SALES (manager E0001 zhang.wei; li.na, wang.fang hired 2026-03-01, chen.jing left 2025-12-31)
 * and OPS (zhao.lei; sun.mei hired 2026-07-01).
 */
final class ReviewDesk implements AutoCloseable {
    static final Caller HR = new Caller("hr.admin", Set.of("hr"), Set.of("hr.review.read", "hr.review.manage", "hr.self.service"));
    static final Caller LI_NA = employee("li.na");
    static final Caller ZHANG_WEI = employee("zhang.wei");
    static final Caller WANG_FANG = employee("wang.fang");

    final DerbyTestDatabase db;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final List<NotificationInput> posted = new CopyOnWriteArrayList<>();
    final ReviewNotices notices;
    final ReviewCycleService cycles;
    final ReviewService reviews;
    final long sales;
    final long ops;

    ReviewDesk() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("hr-rev", "hr", Path.of("src/main/resources/db/migration"));
        Clock clock = Clock.fixed(Instant.parse("2026-07-10T02:00:00Z"), ZoneOffset.UTC);
        EmployeeRegister register = new EmployeeRegister(db.dataSource());
        notices = new ReviewNotices(db.dataSource(), clock);
        cycles = new ReviewCycleService(db.dataSource(), db.transactions(), audit, register, notices, clock);
        reviews = new ReviewService(db.dataSource(), db.transactions(), audit, register, cycles, notices, clock);
        sales = department("SALES");
        ops = department("OPS");
        long manager = employee("E0001", "zhang.wei", "Zhang Wei", sales, "2020-01-01", null);
        db.update("UPDATE hr_department SET manager_employee_id = ? WHERE id = ?", manager, sales);
        employee("E0002", "li.na", "Li Na", sales, "2023-05-01", null);
        employee("E0003", "wang.fang", "Wang Fang", sales, "2026-03-01", null);
        employee("E0004", "chen.jing", "Chen Jing", sales, "2019-01-01", "2025-12-31");
        employee("E0005", "zhao.lei", "Zhao Lei", ops, "2021-01-01", null);
        employee("E0006", null, "Sun Mei", ops, "2026-07-01", null);
    }

    static Caller employee(String username) {
        return new Caller(username, Set.of("employee"), Set.of("hr.self.service"));
    }

    /** OA's inbox as a stub that keeps what is posted. */
    void installOa() {
        notices.notifications = (Notifications) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Notifications.class}, (proxy, method, args) -> {
                    if (method.getName().equals("post")) {
                        posted.add((NotificationInput) args[0]);
                        return (long) posted.size();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    long department(String code) {
        db.update("INSERT INTO hr_department (company_id, code, name, active, version, created_at, updated_at)"
                + " VALUES (1, ?, ?, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", code, code + " department");
        return db.number("SELECT id FROM hr_department WHERE code = ?", code);
    }

    long employee(String number, String username, String name, long department, String hired, String left) {
        db.update("INSERT INTO hr_employee (company_id, number, username, name, department_id, hire_date, contract_type,"
                + " status, leave_date, currency, version, created_by, created_at, updated_at)"
                + " VALUES (1, ?, ?, ?, ?, ?, 'OPEN_ENDED', ?, ?, 'CNY', 0, 'test', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                number, username, name, department, java.sql.Date.valueOf(hired), left == null ? "REGULAR" : "RESIGNED",
                left == null ? null : java.sql.Date.valueOf(left));
        return db.number("SELECT id FROM hr_employee WHERE number = ?", number);
    }

    /** A cycle for the first half of 2026 (or another period), all departments unless given. */
    CycleDto cycle(String name, String from, String to, String... departments) {
        LocalDate start = LocalDate.parse(from);
        LocalDate end = LocalDate.parse(to);
        return cycles.create(new CycleInput(null, name, name + " 考核", start, end, end.plusDays(10), end.plusDays(20),
                List.of(departments), null));
    }

    long reviewOf(long cycleId, String number) {
        return db.number("SELECT r.id FROM hr_review r JOIN hr_employee e ON e.id = r.employee_id"
                + " WHERE r.cycle_id = ? AND e.number = ?", cycleId, number);
    }

    @Override
    public void close() {
        db.close();
    }
}
