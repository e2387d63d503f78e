package io.tangram.hr.impl.leave;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.tangram.hr.impl.attendance.WorkCalendar;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.MovableClock;
import io.tangram.platform.impl.testing.RecordingAuditLog;

/**
 * The leave services on a fresh Derby database with the HR migrations, one department SALES managed
 * by boss (E0001), li.na (E0002) and wang.fang (E0003) working in it, a Monday-to-Friday work
 * calendar with 2026-10-01 as a holiday, and today 2026-09-01.
 */
final class LeaveDesk implements AutoCloseable {
    static final Caller ADMIN = new Caller("admin", Set.of("admin"), Set.of("*"));
    static final Caller LI_NA = new Caller("li.na", Set.of("employee"), Set.of("hr.self.service"));
    static final Caller BOSS = new Caller("boss", Set.of("manager"), Set.of("hr.self.service", "hr.leave.approve"));
    static final Caller WANG_FANG = new Caller("wang.fang", Set.of("manager"), Set.of("hr.self.service", "hr.leave.approve"));

    final DerbyTestDatabase db;
    final Sql sql;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final MovableClock clock = new MovableClock(Instant.parse("2026-09-01T02:00:00Z"), ZoneOffset.UTC);
    final Set<LocalDate> holidays = ConcurrentHashMap.newKeySet();
    final WorkCalendar calendar = (employeeId, from, to) -> from.datesUntil(to.plusDays(1))
            .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
            .filter(d -> !holidays.contains(d)).toList();
    private final AtomicInteger sequence = new AtomicInteger();
    final DocumentNumbers numbers = (companyId, type, year) -> String.format("%s-%d-%06d", type, year,
            sequence.incrementAndGet());
    final LeaveSettings settings = new LeaveSettings(LeaveType.Accrual.MONTHLY, ZoneOffset.UTC);
    final LeaveBalanceService balances;
    final LeaveRequestService requests;
    final LeaveTypeService types;
    final long department;
    final long boss;
    final long liNa;
    final long wangFang;

    LeaveDesk() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("hr-leave", "hr", Path.of("src/main/resources/db/migration"));
        sql = new Sql(db.dataSource());
        holidays.add(LocalDate.parse("2026-10-01"));
        EmployeeRegister register = new EmployeeRegister(db.dataSource());
        balances = new LeaveBalanceService(db.dataSource(), db.transactions(), audit, register, settings, clock);
        requests = new LeaveRequestService(db.dataSource(), db.transactions(), audit, numbers, register, calendar,
                balances, clock);
        types = new LeaveTypeService(db.dataSource(), db.transactions(), audit, clock);
        department = sql.insert("INSERT INTO hr_department (company_id, code, name, name_zh, active, version, created_at,"
                + " updated_at) VALUES (1, 'SALES', 'Sales', '销售部', TRUE, 0, ?, ?)", clock.instant(), clock.instant());
        boss = employee("E0001", "boss", "Zhang Wei", "2010-01-04");
        liNa = employee("E0002", "li.na", "Li Na", "2023-06-01");
        wangFang = employee("E0003", "wang.fang", "Wang Fang", "2024-02-01");
        sql.update("UPDATE hr_department SET manager_employee_id = ? WHERE id = ?", boss, department);
    }

    long employee(String number, String username, String name, String hireDate) {
        return sql.insert("INSERT INTO hr_employee (company_id, number, username, name, department_id, hire_date,"
                + " contract_type, status, currency, version, created_by, created_at, updated_at)"
                + " VALUES (1, ?, ?, ?, ?, ?, 'OPEN_ENDED', 'REGULAR', 'CNY', 0, 'test', ?, ?)", number, username, name,
                department, LocalDate.parse(hireDate), clock.instant(), clock.instant());
    }

    /** Gives an employee a balance of annual leave this year by a manual adjustment. */
    void annualBalance(String employee, String days) throws Exception {
        io.tangram.platform.api.security.CallContext.runAs(ADMIN, () -> balances.adjust(new Adjustment(null, employee,
                "ANNUAL", new BigDecimal(days), 2026, "Opening balance")));
    }

    BigDecimal annual(long employeeId) {
        return new LeaveLedger(sql, db.transactions()).balance(employeeId, annualType(), 2026, null);
    }

    long annualType() {
        return db.number("SELECT id FROM hr_leave_type WHERE company_id = 1 AND code = 'ANNUAL'");
    }

    long rows(String table) {
        return db.number("SELECT COUNT(*) FROM " + table);
    }

    @Override
    public void close() {
        db.close();
    }

    /** OA's approvals as the leave service sees them: records submissions, answers states. */
    static final class StubApprovals implements Approvals {
        final List<ApprovalRequest> submitted = new ArrayList<>();
        final Map<String, ApprovalStatus> states = new ConcurrentHashMap<>();
        final List<String> withdrawn = new ArrayList<>();
        boolean process = true;

        @Override
        public Optional<ApprovalState> submit(ApprovalRequest request) {
            submitted.add(request);
            String reference = String.format("AP-2026-%06d", submitted.size());
            states.put(reference, ApprovalStatus.PENDING);
            return Optional.of(state(reference, request));
        }

        @Override
        public boolean hasProcess(long companyId, String documentType) {
            return process;
        }

        @Override
        public Optional<ApprovalState> state(long companyId, String documentType, String documentId) {
            return Optional.empty();
        }

        @Override
        public ApprovalState get(String reference) {
            return new ApprovalState(reference, 1, LeaveRequestService.DOCUMENT_TYPE, "?", "?", states.get(reference),
                    "LEAVE", 1, null, List.of(), null, null, null, Instant.EPOCH, null);
        }

        @Override
        public ApprovalState withdraw(String reference, String reason) {
            withdrawn.add(reference + ": " + reason);
            states.put(reference, ApprovalStatus.WITHDRAWN);
            return get(reference);
        }

        private ApprovalState state(String reference, ApprovalRequest r) {
            return new ApprovalState(reference, r.companyId(), r.documentType(), r.documentId(), r.documentNumber(),
                    ApprovalStatus.PENDING, "LEAVE", 1, "Manager", List.of("boss"), r.requester(), null, null,
                    Instant.EPOCH, null);
        }
    }
}
