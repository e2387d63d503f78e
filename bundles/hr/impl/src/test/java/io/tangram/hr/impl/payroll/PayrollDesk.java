package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.tangram.hr.impl.attendance.AttendanceSummaries;
import io.tangram.hr.impl.attendance.MonthlyAttendance;
import io.tangram.hr.impl.attendance.WorkCalendar;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.module.ModuleInfo;
import io.tangram.platform.api.module.ModuleRegistry;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.RecordingAuditLog;
import io.tangram.platform.impl.testing.RecordingEventPublisher;

/**
 * Payroll on a fresh Derby with HR's migrations (the V5 sample policies of SH, BJ and SZ included),
 * employees and departments inserted with plain SQL, attendance and the work calendar stubbed
 * (a month has 21 scheduled workdays unless a test says otherwise), finance installed or not.
 */
final class PayrollDesk implements AutoCloseable {
    static final Caller ADMIN = new Caller("admin", Set.of("admin"), Set.of("*"));
    /** Prepares payroll; may also approve and post, but not what they prepared. */
    static final Caller CLERK = new Caller("zhou.min", Set.of(), Set.of("hr.payroll.*"));
    static final Caller BOSS = new Caller("boss", Set.of(), Set.of("hr.payroll.read", "hr.payroll.approve", "hr.payroll.post"));

    final DerbyTestDatabase db;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final Clock clock = Clock.fixed(Instant.parse("2026-02-03T02:00:00Z"), ZoneOffset.UTC);
    final Map<String, MonthlyAttendance> attendance = new ConcurrentHashMap<>();
    final Set<String> installed = ConcurrentHashMap.newKeySet();
    final Sql sql;
    final EmployeeRegister register;
    final PolicyService policies;
    final SalaryStructureService structures;
    final PayrollService payroll;
    final PayrollReports reports;

    PayrollDesk() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("hr-pay", "hr", Path.of("src/main/resources/db/migration"));
        sql = new Sql(db.dataSource());
        PayrollSettings settings = new PayrollSettings();
        register = new EmployeeRegister(db.dataSource());
        policies = new PolicyService(db.dataSource(), db.transactions(), audit, clock);
        structures = new SalaryStructureService(db.dataSource(), db.transactions(), audit, register, settings, clock);
        AttendanceSummaries summaries = (id, month) -> attendance.getOrDefault(id + " " + month,
                full(id, month, "21"));
        WorkCalendar calendar = (id, from, to) -> {
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                days.add(from.plusDays(i));
            }
            return days;
        };
        ModuleRegistry modules = new ModuleRegistry() {
            @Override
            public List<ModuleInfo> modules() {
                return installed.stream().map(PayrollDesk::info).toList();
            }

            @Override
            public Optional<ModuleInfo> module(String id) {
                return installed.contains(id) ? Optional.of(info(id)) : Optional.empty();
            }
        };
        payroll = new PayrollService(db.dataSource(), db.transactions(), audit, events, register, summaries, calendar,
                policies, structures, settings, modules, clock);
        reports = new PayrollReports(db.dataSource());
    }

    @Override
    public void close() {
        db.close();
    }

    private static ModuleInfo info(String id) {
        return new ModuleInfo(id, Text.of(id, id), "0.1.0", "ACTIVE", List.of("io.tangram." + id + ".impl"));
    }

    static MonthlyAttendance full(long id, YearMonth month, String workdays) {
        BigDecimal w = new BigDecimal(workdays);
        return new MonthlyAttendance(id, month, w, w, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0,
                BigDecimal.ZERO);
    }

    void attendance(long employee, String month, String workdays, String present, String absent, String unpaid,
                    String overtimeHours) {
        YearMonth m = YearMonth.parse(month);
        attendance.put(employee + " " + m, new MonthlyAttendance(employee, m, new BigDecimal(workdays),
                new BigDecimal(present), new BigDecimal(absent), BigDecimal.ZERO, new BigDecimal(unpaid), 0, 0,
                new BigDecimal(overtimeHours)));
    }

    long department(String code, String name, String costCentre, String expenseAccount) {
        sql.update("INSERT INTO hr_department (company_id, code, name, cost_centre_code, expense_account, active, version,"
                + " created_at, updated_at) VALUES (1, ?, ?, ?, ?, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", code,
                name, costCentre, expenseAccount == null ? Sql.Null.VARCHAR : expenseAccount);
        return db.number("SELECT id FROM hr_department WHERE code = ?", code);
    }

    long employee(String number, String username, String name, long department, String hired, String left, String city,
                  String baseSalary, String bankAccount) {
        sql.update("INSERT INTO hr_employee (company_id, number, username, name, department_id, city, hire_date, leave_date,"
                + " contract_type, status, base_salary, currency, bank_name, bank_account, version, created_by, created_at,"
                + " updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'OPEN_ENDED', 'REGULAR', ?, 'CNY', ?, ?, 0, 'admin',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", number, username, name, department, city,
                LocalDate.parse(hired), left == null ? Sql.Null.DATE : LocalDate.parse(left),
                baseSalary == null ? Sql.Null.DECIMAL : new BigDecimal(baseSalary),
                bankAccount == null ? Sql.Null.VARCHAR : "ICBC Shanghai", bankAccount == null ? Sql.Null.VARCHAR : bankAccount);
        return db.number("SELECT id FROM hr_employee WHERE number = ?", number);
    }
}
