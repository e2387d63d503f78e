package io.tangram.hr.impl.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Correction requests (补卡) in {@code hr_attendance_correction}, numbered {@code AC-YYYY-NNNNNN}: an
 * employee asks for a missed punch; their manager (the {@code managerId} of their employee facts,
 * matched by user name) or anyone with {@link AttendancePermissions#MANAGE} approves or rejects it
 * once. Approval stores the punch with source {@code CORRECTION} and recomputes the day. The manager
 * is told in the OA inbox when OA is installed; without it the request says so.
 */
@Component(service = CorrectionService.class)
public class CorrectionService {
    private static final Logger LOG = LoggerFactory.getLogger(CorrectionService.class);
    private static final String SELECT = "SELECT c.id, c.company_id, c.number, c.employee_id, e.number AS employee_number,"
            + " e.name AS employee_name, c.work_date, c.punched_at, c.direction, c.reason, c.status, c.requested_by,"
            + " c.decided_by, c.decided_at, c.decision_comment, c.created_at"
            + " FROM hr_attendance_correction c JOIN hr_employee e ON e.id = c.employee_id";
    private static final List<String> DIRECTIONS = List.of("IN", "OUT");
    private static final List<String> STATUSES = List.of("PENDING", "APPROVED", "REJECTED");

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final DocumentNumbers numbers;
    private final EmployeeRegister register;
    private final AttendanceService attendance;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Notifications notifications;

    @Activate
    public CorrectionService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                             @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                             @Reference Transactions tx, @Reference AuditLog audit, @Reference DocumentNumbers numbers,
                             @Reference EmployeeRegister register, @Reference AttendanceService attendance) {
        this(dataSource, tx, audit, numbers, register, attendance, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps requests and decisions. */
    CorrectionService(DataSource dataSource, Transactions tx, AuditLog audit, DocumentNumbers numbers,
                      EmployeeRegister register, AttendanceService attendance, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.numbers = numbers;
        this.register = register;
        this.attendance = attendance;
        this.clock = clock;
    }

    /** The caller asks for a missed punch of their own. */
    public Correction request(CorrectionInput input) {
        CallContext.require(SelfServicePermissions.SELF);
        EmployeeFacts me = attendance.self();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), attendanceZone());
        Validation v = new Validation().required("date", input.date()).required("time", input.time())
                .required("direction", input.direction()).required("reason", input.reason())
                .maxLength("reason", input.reason(), 400);
        String direction = input.direction() == null ? null : input.direction().strip().toUpperCase(Locale.ROOT);
        v.check(direction == null || DIRECTIONS.contains(direction), "direction",
                Text.of("must be IN or OUT", "必须是 IN（上班）或 OUT（下班）"));
        LocalDateTime at = input.date() == null || input.time() == null ? null
                : input.date().atTime(input.time()).withSecond(0).withNano(0);
        v.check(at == null || !at.isAfter(now), "time", Text.of("is in the future", "晚于当前时间"));
        v.check(input.date() == null || me.employedOn(input.date()), "date",
                Text.of("you were not employed on {0}", "您在 {0} 不在职", input.date()));
        v.throwIfInvalid();
        Correction created = tx.required(() -> {
            String number = numbers.next(me.companyId(), "AC", input.date().getYear());
            long id = sql.insert("INSERT INTO hr_attendance_correction (company_id, number, employee_id, work_date, punched_at,"
                    + " direction, reason, status, requested_by, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, ?, ?)", me.companyId(), number, me.id(), input.date(),
                    Timestamp.valueOf(at), direction, input.reason().strip(), CallContext.actorName(), clock.instant(),
                    clock.instant());
            Correction c = load(id).orElseThrow();
            audit.record("hr", "request", "attendance-correction", String.valueOf(id), JsonText.write(c));
            return c;
        });
        return created.withNotice(notifyManager(me, created));
    }

    /** Pending and decided requests: everything with read or manage permission, else the caller's own and their reports'. */
    public Page<Correction> corrections(long companyId, String status, PageRequest page) {
        Caller caller = CallContext.current().orElse(null);
        boolean all = caller != null && (caller.has(AttendancePermissions.READ) || caller.has(AttendancePermissions.MANAGE));
        if (!all) {
            CallContext.require(SelfServicePermissions.SELF);
        }
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        new Validation().check(s == null || STATUSES.contains(s), "status",
                Text.of("must be one of {0}", "必须是 {0} 之一", String.join(", ", STATUSES))).throwIfInvalid();
        List<Object> args = new ArrayList<>(List.of(companyId));
        String where = " WHERE c.company_id = ?";
        if (s != null) {
            where += " AND c.status = ?";
            args.add(s);
        }
        List<Correction> rows = sql.list(SELECT + where + " ORDER BY c.created_at DESC, c.id DESC", CorrectionService::row,
                args.toArray());
        if (!all) {
            EmployeeFacts me = attendance.self();
            rows = rows.stream().filter(c -> c.employee().equals(me.number()) || managedBy(c.employee(), companyId, me))
                    .toList();
        }
        List<Correction> items = rows.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, rows.size(), page.offset(), page.limit());
    }

    public Correction get(long companyId, String number) {
        Correction c = find(companyId, number);
        Caller caller = CallContext.current().orElse(null);
        if (caller != null && (caller.has(AttendancePermissions.READ) || caller.has(AttendancePermissions.MANAGE))) {
            return c;
        }
        CallContext.require(SelfServicePermissions.SELF);
        EmployeeFacts me = attendance.self();
        if (!c.employee().equals(me.number()) && !managedBy(c.employee(), companyId, me)) {
            throw notFound(number);
        }
        return c;
    }

    /** Approves: stores the punch (source CORRECTION) and recomputes the day. */
    public Correction approve(long companyId, String number, String comment) {
        return decide(companyId, number, comment, true);
    }

    public Correction reject(long companyId, String number, String comment) {
        return decide(companyId, number, comment, false);
    }

    private Correction decide(long companyId, String number, String comment, boolean approve) {
        CallContext.require(SelfServicePermissions.SELF);
        new Validation().maxLength("comment", comment, 400).throwIfInvalid();
        Correction c = find(companyId, number);
        EmployeeFacts employee = register.byNumber(companyId, c.employee()).orElseThrow();
        Caller caller = CallContext.current().orElseThrow();
        boolean manager = employee.managerId() != null && register.byId(employee.managerId())
                .map(m -> caller.username().equals(m.username())).orElse(false);
        if (!manager && !caller.has(AttendancePermissions.MANAGE)) {
            throw new ForbiddenException(AttendancePermissions.MANAGE);
        }
        return tx.required(() -> {
            String status = approve ? "APPROVED" : "REJECTED";
            int changed = sql.update("UPDATE hr_attendance_correction SET status = ?, decided_by = ?, decided_at = ?,"
                    + " decision_comment = ?, version = version + 1, updated_at = ? WHERE company_id = ? AND number = ?"
                    + " AND status = 'PENDING'", status, CallContext.actorName(), clock.instant(),
                    comment == null || comment.isBlank() ? Sql.Null.VARCHAR : comment.strip(), clock.instant(), companyId,
                    c.number());
            if (changed == 0) {
                Correction now = find(companyId, number);
                throw new ConflictException(Text.of("Correction {0} was already {1} by {2}", "补卡申请 {0} 已被 {2} 处理（{1}）",
                        now.number(), now.status().toLowerCase(Locale.ROOT), now.decidedBy()));
            }
            if (approve) {
                long recordId = attendance.storePunch(employee, c.date().atTime(c.time()), "CORRECTION");
                sql.update("UPDATE hr_attendance_correction SET clock_record_id = ? WHERE company_id = ? AND number = ?",
                        recordId, companyId, c.number());
                attendance.recompute(employee, c.date(), c.date());
            }
            Correction decided = find(companyId, number);
            audit.record("hr", approve ? "approve" : "reject", "attendance-correction", decided.number(),
                    JsonText.object("number", decided.number(), "employee", decided.employee(), "date", decided.date(),
                            "time", decided.time(), "direction", decided.direction(), "status", decided.status(),
                            "comment", decided.comment()));
            return decided;
        });
    }

    // ---------------------------------------------------------------- helpers

    /** Posts the request to the manager's OA inbox; answers what was skipped, or {@code null}. */
    private String notifyManager(EmployeeFacts me, Correction c) {
        Optional<EmployeeFacts> manager = me.managerId() == null ? Optional.empty() : register.byId(me.managerId());
        if (manager.isEmpty() || manager.get().username() == null) {
            return "manager not notified: no manager with a user account / 未通知上级：没有有用户账号的上级";
        }
        Notifications inbox = notifications;
        if (inbox == null) {
            return "manager not notified: OA is not installed / 未通知上级：未安装 OA";
        }
        try {
            inbox.post(new NotificationInput(me.companyId(), manager.get().username(), "attendance",
                    "Correction " + c.number() + " of " + me.name() + " for " + c.date() + " awaits your decision",
                    me.name() + " 的补卡申请 " + c.number() + "（" + c.date() + "）待您审批", c.reason(),
                    "/api/hr/attendance/corrections/" + c.number(), c.number()));
            return null;
        } catch (RuntimeException e) {
            LOG.warn("Correction {} stored but the manager was not notified", c.number(), e);
            return "manager not notified: the OA inbox refused it (" + e.getMessage() + ") / 未通知上级：OA 通知失败";
        }
    }

    private java.time.ZoneId attendanceZone() {
        return attendance.zone();
    }

    private boolean managedBy(String employeeNumber, long companyId, EmployeeFacts me) {
        return register.byNumber(companyId, employeeNumber).map(e -> e.managerId() != null && e.managerId() == me.id())
                .orElse(false);
    }

    private Correction find(long companyId, String number) {
        return sql.one(SELECT + " WHERE c.company_id = ? AND c.number = ?", CorrectionService::row, companyId,
                number == null ? "" : number.strip().toUpperCase(Locale.ROOT)).orElseThrow(() -> notFound(number));
    }

    private Optional<Correction> load(long id) {
        return sql.one(SELECT + " WHERE c.id = ?", CorrectionService::row, id);
    }

    private static NotFoundException notFound(String number) {
        return new NotFoundException(Text.of("There is no correction request {0}", "不存在补卡申请 {0}", number));
    }

    private static Correction row(ResultSet rs) throws SQLException {
        LocalDateTime at = rs.getTimestamp("punched_at").toLocalDateTime();
        return new Correction(rs.getString("number"), rs.getString("employee_number"), rs.getString("employee_name"),
                Sql.date(rs, "work_date"), at.toLocalTime(), rs.getString("direction"), rs.getString("reason"),
                rs.getString("status"), rs.getString("requested_by"), rs.getString("decided_by"),
                Sql.instant(rs, "decided_at"), rs.getString("decision_comment"), Sql.instant(rs, "created_at"), null);
    }
}
