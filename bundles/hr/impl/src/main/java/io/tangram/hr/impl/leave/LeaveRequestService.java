package io.tangram.hr.impl.leave;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.hr.impl.attendance.WorkCalendar;
import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.hr.impl.leave.LeaveLedger.Kind;
import io.tangram.hr.impl.leave.LeaveRequest.Half;
import io.tangram.hr.impl.leave.LeaveRequest.Status;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.Approvals;
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
import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Leave requests in {@code hr_leave_request}. Days are counted on the employee's
 * {@link WorkCalendar} working days (calendar days for types counted so), half days as 0.5. A
 * request waits for the OA approval workflow when OA is installed and defines a process for
 * {@value #DOCUMENT_TYPE} ({@link LeaveApprovals} applies the outcome), otherwise for the employee's
 * manager ({@code hr.leave.approve}) or HR ({@code hr.leave.manage}); the path taken and why is kept
 * on the request. Approval deducts the days (a TAKEN ledger entry), cancelling an approved request
 * restores them. Approved OA leave forms are recorded as requests too ({@link OaLeaveForms}). Every
 * change of one employee's leave runs after a lock on the employee's row.
 */
@Component(service = {LeaveRequestService.class, LeaveCalendar.class})
public class LeaveRequestService implements LeaveCalendar {
    /** The OA approval document type of HR leave requests. */
    public static final String DOCUMENT_TYPE = "hr.leave-request";
    static final String NUMBER_PREFIX = "HLV";
    private static final Logger LOG = LoggerFactory.getLogger(LeaveRequestService.class);
    private static final String SELECT = "SELECT r.id, r.company_id, r.number, r.employee_id, e.number AS employee_number,"
            + " e.name AS employee_name, t.code AS type_code, r.from_date, r.from_half, r.to_date, r.to_half, r.days,"
            + " r.reason, r.attachment, r.status, r.source, r.source_ref, r.approval_path, r.approval_ref,"
            + " r.approval_note, r.approval_note_zh, r.decided_by, r.decided_at, r.decision_comment, r.created_by,"
            + " r.created_at FROM hr_leave_request r JOIN hr_employee e ON e.id = r.employee_id"
            + " JOIN hr_leave_type t ON t.id = r.leave_type_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final DocumentNumbers numbers;
    private final WorkCalendar calendar;
    private final LeaveBalanceService balances;
    private final LeaveLedger ledger;
    private final LeaveAccess access;
    private final Clock clock;

    /** The OA approval workflow; {@code null} while OA is not installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Approvals approvals;

    @Activate
    public LeaveRequestService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference Transactions tx, @Reference AuditLog audit, @Reference DocumentNumbers numbers,
                               @Reference EmployeeRegister employees, @Reference WorkCalendar calendar,
                               @Reference LeaveBalanceService balances) {
        this(dataSource, tx, audit, numbers, employees, calendar, balances, Clock.systemUTC());
    }

    /** For tests: {@code clock} says when requests are made and decided. */
    LeaveRequestService(DataSource dataSource, Transactions tx, AuditLog audit, DocumentNumbers numbers,
                        EmployeeRegister employees, WorkCalendar calendar, LeaveBalanceService balances, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.numbers = numbers;
        this.calendar = calendar;
        this.balances = balances;
        this.ledger = new LeaveLedger(sql, tx);
        this.access = new LeaveAccess(employees);
        this.clock = clock;
    }

    // ---------------------------------------------------------------- requesting

    /**
     * Requests leave for the caller ({@code hr.self.service}) or, with {@code hr.leave.manage}, for anyone;
     * refuses (409) a request the balance does not cover or that overlaps an open one.
     */
    public LeaveRequest request(LeaveRequestInput input) {
        LeaveRequestInput in = input == null ? new LeaveRequestInput(null, null, null, null, null, null, null, null, null)
                : input;
        long companyId = company(in.companyId());
        EmployeeFacts e = requester(companyId, in.employee());
        Validation v = new Validation().required("leaveType", in.leaveType()).required("from", in.from())
                .required("to", in.to()).maxLength("reason", in.reason(), 1000)
                .maxLength("attachment", in.attachment(), 400);
        Optional<LeaveType> found = ledger.type(companyId, in.leaveType());
        v.check(in.leaveType() == null || found.isPresent(), "leaveType",
                Text.of("there is no leave type {0}", "不存在假期类型 {0}", in.leaveType()));
        LeaveSpan span = LeaveSpan.of(in.from(), in.fromHalf(), in.to(), in.toHalf());
        boolean dated = in.from() != null && in.to() != null;
        v.check(!dated || !in.to().isBefore(in.from()), "to", Text.of("must not be before from ({0})",
                "不能早于开始日期（{0}）", in.from()));
        v.check(!dated || in.to().isBefore(in.from()) || !span.empty(), "toHalf",
                Text.of("a one-day request cannot start at noon and end at noon", "单日请假不能中午开始又中午结束"));
        found.ifPresent(t -> {
            v.check(t.halfDaysAllowed() || in.fromHalf() == null, "fromHalf",
                    Text.of("half days are not allowed for " + t.name(), t.nameZh() + "不能按半天请"));
            v.check(t.halfDaysAllowed() || in.toHalf() == null, "toHalf",
                    Text.of("half days are not allowed for " + t.name(), t.nameZh() + "不能按半天请"));
            v.check(!t.requiresAttachment() || in.attachment() != null && !in.attachment().isBlank(), "attachment",
                    Text.of("is required for " + t.name(), t.nameZh() + "需要提供证明材料"));
        });
        v.check(in.from() == null || !in.from().isBefore(e.hireDate()), "from",
                Text.of("is before {0} joined on {1}", "早于 {0} 的入职日期 {1}", e.name(), e.hireDate()));
        v.check(in.to() == null || e.leaveDate() == null || !in.to().isAfter(e.leaveDate()), "to",
                Text.of("is after {0}''s last day {1}", "晚于 {0} 的离职日期 {1}", e.name(), e.leaveDate()));
        v.throwIfInvalid();
        LeaveType type = found.get();
        if (!type.active()) {
            throw new ConflictException(Text.of("{0} ({1}) is no longer in use and cannot be requested; requests made"
                    + " before stay as they are", "{2}（{1}）已停用，不能再申请；此前的申请不受影响", type.name(), type.code(),
                    type.nameZh()));
        }
        BigDecimal days = span.count(days(e.id(), type, in.from(), in.to()));
        if (days.signum() == 0) {
            throw io.tangram.platform.api.error.ValidationException.of("from", Text.of(
                    "the leave from {0} to {1} has no working days", "{0} 至 {1} 没有工作日", in.from(), in.to()));
        }
        return tx.required(() -> {
            ledger.lockEmployee(e.id());
            checkOverlap(e, span, null);
            checkBalance(e, type, in.from(), days);
            Instant now = clock.instant();
            String number = numbers.next(companyId, NUMBER_PREFIX, balances.today().getYear());
            long id = sql.insert("INSERT INTO hr_leave_request (company_id, number, employee_id, leave_type_id, from_date,"
                    + " from_half, to_date, to_half, days, reason, attachment, status, source, approval_path, created_by,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'HR', 'MANAGER', ?, ?, ?)",
                    companyId, number, e.id(), type.id(), span.from(), half(span.fromHalf()), span.to(),
                    half(span.toHalf()), days, text(in.reason()), text(in.attachment()), Status.PENDING,
                    CallContext.actorName(), now, now);
            route(companyId, id, number, e, type, span, days);
            LeaveRequest created = load(id).orElseThrow();
            audit.record("hr", "request", "leave-request", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /** Sends the request to OA's workflow when OA can take it; otherwise records why it waits here. */
    private void route(long companyId, long id, String number, EmployeeFacts e, LeaveType type, LeaveSpan span,
                       BigDecimal days) {
        Approvals oa = approvals;
        Text why;
        if (oa == null) {
            why = Text.of("OA skipped: OA is not installed; the employee's manager or HR approves here",
                    "未使用 OA：OA 未安装，由员工的上级或人事在此审批");
        } else if (e.username() == null) {
            why = Text.of("OA skipped: the employee has no user account; the manager or HR approves here",
                    "未使用 OA：该员工没有系统账号，由上级或人事在此审批");
        } else if (!oa.hasProcess(companyId, DOCUMENT_TYPE)) {
            why = Text.of("OA skipped: OA defines no approval process for " + DOCUMENT_TYPE
                    + "; the employee's manager or HR approves here",
                    "未使用 OA：OA 未定义 " + DOCUMENT_TYPE + " 审批流程，由员工的上级或人事在此审批");
        } else {
            String title = type.name() + " " + type.nameZh() + " · " + e.name() + " · " + days.stripTrailingZeros()
                    .toPlainString() + " days " + span.from() + (span.from().equals(span.to()) ? "" : " – " + span.to())
                    + " (" + number + ")";
            Optional<ApprovalState> started = oa.submit(new ApprovalRequest(companyId, DOCUMENT_TYPE, String.valueOf(id),
                    number, null, e.username(), title, Map.of("leaveType", type.code(), "days", days.toPlainString())));
            if (started.isPresent()) {
                String ref = started.get().reference();
                sql.update("UPDATE hr_leave_request SET approval_path = 'OA', approval_ref = ?, approval_note = ?,"
                        + " approval_note_zh = ? WHERE id = ?", ref, "Waits for OA approval " + ref,
                        "等待 OA 审批 " + ref, id);
                return;
            }
            why = Text.of("OA skipped: OA started no approval for " + DOCUMENT_TYPE
                    + "; the employee's manager or HR approves here",
                    "未使用 OA：OA 未为 " + DOCUMENT_TYPE + " 发起审批，由员工的上级或人事在此审批");
        }
        sql.update("UPDATE hr_leave_request SET approval_note = ?, approval_note_zh = ? WHERE id = ?", why.en(), why.zh(),
                id);
    }

    // ---------------------------------------------------------------- reading

    /** A request by number: the employee's own ({@code hr.self.service}), their manager's, or anyone's with {@code hr.leave.read}. */
    public LeaveRequest get(long companyId, String number) {
        LeaveRequest r = byNumber(companyId, number);
        if (!LeaveAccess.callerHas(LeavePermissions.LEAVE_READ) && !isManagerOf(r.employeeId())) {
            EmployeeFacts me = access.me(companyId);
            if (me.id() != r.employeeId()) {
                throw new ForbiddenException(LeavePermissions.LEAVE_READ);
            }
        }
        return r;
    }

    /**
     * Requests, newest first. With {@code hr.leave.read} everyone's (optionally one employee's); else the
     * caller's own and, with {@code hr.leave.approve}, those of the people they manage.
     */
    public Page<LeaveRequest> search(long companyId, String employee, Status status, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE r.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (LeaveAccess.callerHas(LeavePermissions.LEAVE_READ)) {
            if (employee != null && !employee.isBlank()) {
                where.append(" AND e.number = ?");
                args.add(employee.strip());
            }
        } else {
            EmployeeFacts me = access.me(companyId);
            if (LeaveAccess.callerHas(LeavePermissions.LEAVE_APPROVE)) {
                where.append(" AND (r.employee_id = ? OR (e.id <> ? AND e.department_id IN (SELECT id FROM hr_department"
                        + " WHERE manager_employee_id = ?)) OR e.id IN (SELECT d.manager_employee_id FROM hr_department d"
                        + " JOIN hr_department p ON p.id = d.parent_id WHERE p.manager_employee_id = ?))");
                args.addAll(List.of(me.id(), me.id(), me.id(), me.id()));
            } else {
                where.append(" AND r.employee_id = ?");
                args.add(me.id());
            }
            if (employee != null && !employee.isBlank()) {
                where.append(" AND e.number = ?");
                args.add(employee.strip());
            }
        }
        if (status != null) {
            where.append(" AND r.status = ?");
            args.add(status);
        }
        long total = sql.one("SELECT COUNT(*) FROM hr_leave_request r JOIN hr_employee e ON e.id = r.employee_id" + where,
                rs -> rs.getLong(1), args.toArray()).orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<LeaveRequest> items = sql.list(SELECT + where + " ORDER BY r.created_at DESC, r.id DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", LeaveRequestService::row, args.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    // ---------------------------------------------------------------- deciding here

    /** Approves a pending request waiting here: the employee's manager with {@code hr.leave.approve}, or HR. */
    public LeaveRequest approve(long companyId, String number, String comment) {
        requireApprover();
        LeaveRequest found = byNumber(companyId, number);
        return tx.required(() -> {
            ledger.lockEmployee(found.employeeId());
            LeaveRequest r = load(found.id()).orElseThrow();
            decidable(r, "approved");
            EmployeeFacts e = access.byId(r.employeeId()).orElseThrow();
            LeaveType type = ledger.type(companyId, r.leaveType()).orElseThrow();
            checkBalance(e, type, r.from(), r.days());
            return approved(r, CallContext.actorName(), comment);
        });
    }

    /** Rejects a pending request waiting here, with the approver's reason. */
    public LeaveRequest reject(long companyId, String number, String comment) {
        requireApprover();
        LeaveRequest found = byNumber(companyId, number);
        return tx.required(() -> {
            ledger.lockEmployee(found.employeeId());
            LeaveRequest r = load(found.id()).orElseThrow();
            decidable(r, "rejected");
            return decided(r, Status.REJECTED, CallContext.actorName(), comment, "reject");
        });
    }

    private void requireApprover() {
        if (!LeaveAccess.callerHas(LeavePermissions.LEAVE_MANAGE)) {
            CallContext.require(LeavePermissions.LEAVE_APPROVE);
        }
    }

    /** Refuses a decision here on a request that is not pending, that OA decides, or (403) of someone the caller does not manage. */
    private void decidable(LeaveRequest r, String verb) {
        if (r.status() != Status.PENDING) {
            throw new ConflictException(Text.of("Leave request {0} is {1}; only a pending request can be " + verb,
                    "请假申请 {0} 当前状态为 {1}，只有待审批的申请才能审批", r.number(), r.status()));
        }
        if (r.approvalRef() != null) {
            throw new ConflictException(approvals == null
                    ? Text.of("Leave request {0} waits for OA approval {1}; OA is not installed now, and the approval"
                            + " resumes when it is back. To decide it here, the employee withdraws it and asks again",
                            "请假申请 {0} 正在等待 OA 审批 {1}；当前未安装 OA，重新安装后审批将继续。如需在此审批，请员工撤回后重新申请",
                            r.number(), r.approvalRef())
                    : Text.of("Leave request {0} is decided in the OA workflow (approval {1})",
                            "请假申请 {0} 在 OA 审批流程中审批（审批单 {1}）", r.number(), r.approvalRef()));
        }
        if (!LeaveAccess.callerHas(LeavePermissions.LEAVE_MANAGE) && !isManagerOf(r.employeeId())) {
            throw new ForbiddenException(LeavePermissions.LEAVE_MANAGE);
        }
    }

    /** Whether the caller is the user of the employee's manager. */
    private boolean isManagerOf(long employeeId) {
        Optional<EmployeeFacts> manager = access.byId(employeeId).map(EmployeeFacts::managerId).flatMap(access::byId);
        return manager.isPresent() && manager.get().username() != null
                && manager.get().username().equals(CallContext.actorName());
    }

    private LeaveRequest approved(LeaveRequest r, String by, String comment) {
        ledger.add(r.companyId(), r.employeeId(), typeId(r), r.from().getYear(), Kind.TAKEN, r.days().negate(),
                balances.today(), "TAKEN:" + r.number(), r.number(), null, clock.instant());
        return decided(r, Status.APPROVED, by, comment, "approve");
    }

    private LeaveRequest decided(LeaveRequest r, Status status, String by, String comment, String action) {
        Instant now = clock.instant();
        sql.update("UPDATE hr_leave_request SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ?,"
                + " updated_at = ? WHERE id = ?", status, by == null ? Sql.Null.VARCHAR : by, now, text(comment), now,
                r.id());
        LeaveRequest changed = load(r.id()).orElseThrow();
        audit.record("hr", action, "leave-request", String.valueOf(r.id()), JsonText.object("number", r.number(),
                "from", r.status(), "to", status, "days", r.days(), "by", by, "comment", comment,
                "approvalPath", r.approvalPath(), "approvalRef", r.approvalRef()));
        return changed;
    }

    // ---------------------------------------------------------------- withdrawing and cancelling

    /** Takes back a pending request (the employee, or HR); withdraws its OA approval too when OA is installed. */
    public LeaveRequest withdraw(long companyId, String number, String reason) {
        LeaveRequest found = byNumber(companyId, number);
        requireOwnOrManage(found);
        return tx.required(() -> {
            ledger.lockEmployee(found.employeeId());
            LeaveRequest r = load(found.id()).orElseThrow();
            if (r.status() != Status.PENDING) {
                throw new ConflictException(Text.of("Leave request {0} is {1}; only a pending request can be withdrawn",
                        "请假申请 {0} 当前状态为 {1}，只有待审批的申请才能撤回", r.number(), r.status()));
            }
            Approvals oa = approvals;
            if (r.approvalRef() != null && oa != null && oa.get(r.approvalRef()).status() == ApprovalStatus.PENDING) {
                oa.withdraw(r.approvalRef(), reason == null || reason.isBlank() ? "Leave request withdrawn" : reason);
            }
            return decided(r, Status.WITHDRAWN, CallContext.actorName(), reason, "withdraw");
        });
    }

    /**
     * Cancels an approved request and restores its days. The employee may cancel leave that has not
     * started; HR ({@code hr.leave.manage}) any. Leave approved in an OA form is cancelled in OA.
     */
    public LeaveRequest cancel(long companyId, String number, String reason) {
        LeaveRequest found = byNumber(companyId, number);
        requireOwnOrManage(found);
        return tx.required(() -> {
            ledger.lockEmployee(found.employeeId());
            LeaveRequest r = load(found.id()).orElseThrow();
            if (r.status() == Status.PENDING) {
                throw new ConflictException(Text.of("Leave request {0} is still pending; withdraw it instead",
                        "请假申请 {0} 仍在审批中，请改为撤回", r.number()));
            }
            if (r.status() != Status.APPROVED) {
                throw new ConflictException(Text.of("Leave request {0} is {1}; only approved leave can be cancelled",
                        "请假申请 {0} 当前状态为 {1}，只有已批准的请假才能撤销", r.number(), r.status()));
            }
            if ("OA".equals(r.source())) {
                throw new ConflictException(Text.of("Leave request {0} comes from OA leave form {1}; cancel the form in OA",
                        "请假申请 {0} 来自 OA 请假单 {1}，请在 OA 中撤销该请假单", r.number(), r.sourceRef()));
            }
            if (!LeaveAccess.callerHas(LeavePermissions.LEAVE_MANAGE) && !r.from().isAfter(balances.today())) {
                throw new ConflictException(Text.of("Leave request {0} started on {1}; ask HR to cancel it",
                        "请假申请 {0} 已于 {1} 开始，请联系人事撤销", r.number(), r.from()));
            }
            return cancelled(r, reason);
        });
    }

    private LeaveRequest cancelled(LeaveRequest r, String reason) {
        ledger.add(r.companyId(), r.employeeId(), typeId(r), r.from().getYear(), Kind.RESTORED, r.days(),
                balances.today(), "RESTORED:" + r.number(), r.number(), reason == null ? null : cut(reason, 400),
                clock.instant());
        Instant now = clock.instant();
        sql.update("UPDATE hr_leave_request SET status = ?, decision_comment = ?, updated_at = ? WHERE id = ?",
                Status.CANCELLED, text(reason), now, r.id());
        audit.record("hr", "cancel", "leave-request", String.valueOf(r.id()), JsonText.object("number", r.number(),
                "days", r.days(), "restored", r.days(), "reason", reason));
        return load(r.id()).orElseThrow();
    }

    private void requireOwnOrManage(LeaveRequest r) {
        if (!LeaveAccess.callerHas(LeavePermissions.LEAVE_MANAGE)) {
            EmployeeFacts me = access.me(r.companyId());
            if (me.id() != r.employeeId()) {
                throw new ForbiddenException(LeavePermissions.LEAVE_MANAGE);
            }
        }
    }

    // ---------------------------------------------------------------- OA

    /**
     * Applies the outcome of an OA approval to the request waiting for it: approved (the balance is
     * checked again: when it no longer covers the request, it is rejected with that reason), rejected,
     * returned (rejected; the employee asks again) or withdrawn. A request no longer waiting for that
     * approval is left as it is.
     *
     * @return whether the request changed
     */
    boolean applyApproval(long companyId, long id, String reference, ApprovalStatus outcome, String decidedBy,
                          String comment) {
        return tx.required(() -> {
            Optional<LeaveRequest> found = load(id).filter(r -> r.companyId() == companyId);
            if (found.isEmpty()) {
                return false;
            }
            ledger.lockEmployee(found.get().employeeId());
            LeaveRequest r = load(id).orElseThrow();
            if (r.status() != Status.PENDING || !reference.equals(r.approvalRef())) {
                return false;
            }
            switch (outcome) {
                case APPROVED -> {
                    EmployeeFacts e = access.byId(r.employeeId()).orElseThrow();
                    LeaveType type = ledger.type(typeId(r)).orElseThrow();
                    BigDecimal available = balances.available(e, type, r.from());
                    if (type.accrues() && r.days().compareTo(available) > 0) {
                        String said = "Approved in OA approval " + reference + ", but the " + type.name()
                                + " balance is now " + available.stripTrailingZeros().toPlainString() + " days";
                        decided(r, Status.REJECTED, decidedBy, said, "reject");
                    } else {
                        approved(r, decidedBy, comment);
                    }
                }
                case REJECTED, RETURNED -> decided(r, Status.REJECTED, decidedBy, comment, "reject");
                case WITHDRAWN -> decided(r, Status.WITHDRAWN, decidedBy, comment, "withdraw");
                default -> {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Records an approved OA leave form as an approved request (source OA) and deducts its days, once
     * per form number. An employee or leave type HR does not know is logged and skipped.
     */
    void recordOaLeave(long companyId, JsonNode form) {
        String formNumber = form.path("number").asText();
        String username = form.path("employee").asText(null);
        tx.required(() -> {
            if (bySource(companyId, formNumber).isPresent()) {
                return null;
            }
            Optional<EmployeeFacts> e = access.byUsername(companyId, username);
            Optional<LeaveType> type = ledger.type(companyId, form.path("leaveType").asText(null));
            if (e.isEmpty() || type.isEmpty()) {
                LOG.warn("OA leave form {} skipped: HR knows no {} {}", formNumber, e.isEmpty() ? "employee with user"
                        : "leave type", e.isEmpty() ? username : form.path("leaveType").asText());
                return null;
            }
            ledger.lockEmployee(e.get().id());
            LeaveSpan span = LeaveSpan.of(LocalDate.parse(form.path("from").asText()), half(form.path("fromHalf")),
                    LocalDate.parse(form.path("to").asText()), half(form.path("toHalf")));
            BigDecimal days = new BigDecimal(form.path("days").asText());
            Instant now = clock.instant();
            String number = numbers.next(companyId, NUMBER_PREFIX, balances.today().getYear());
            long id = sql.insert("INSERT INTO hr_leave_request (company_id, number, employee_id, leave_type_id, from_date,"
                    + " from_half, to_date, to_half, days, status, source, source_ref, approval_path, approval_note,"
                    + " approval_note_zh, decided_at, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OA', ?, 'OA_FORM', ?, ?, ?, ?, ?, ?)", companyId, number,
                    e.get().id(), type.get().id(), span.from(), half(span.fromHalf()), span.to(), half(span.toHalf()),
                    days, Status.PENDING, formNumber, "Approved in OA leave form " + formNumber,
                    "已在 OA 请假单 " + formNumber + " 中批准", now, CallContext.actorName(), now, now);
            LeaveRequest pending = load(id).orElseThrow();
            audit.record("hr", "record-oa-leave", "leave-request", String.valueOf(id), JsonText.object("number", number,
                    "form", formNumber, "employee", e.get().number(), "leaveType", type.get().code(), "days", days));
            approved(pending, null, null);
            return null;
        });
    }

    /** Restores the days of an OA leave form that was cancelled after approval; unknown forms are logged and skipped. */
    void cancelOaLeave(long companyId, String formNumber) {
        tx.required(() -> {
            Optional<LeaveRequest> found = bySource(companyId, formNumber);
            if (found.isEmpty()) {
                LOG.warn("Cancelled OA leave form {} skipped: HR has not recorded it", formNumber);
                return null;
            }
            ledger.lockEmployee(found.get().employeeId());
            LeaveRequest r = load(found.get().id()).orElseThrow();
            if (r.status() == Status.APPROVED) {
                cancelled(r, "Cancelled in OA leave form " + formNumber);
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- leave calendar

    @Override
    public List<LeaveDay> approvedLeave(long employeeId, LocalDate from, LocalDate to) {
        record Approved(String number, LeaveSpan span, long typeId, String type, boolean paid) {
        }
        List<Approved> rows = sql.list("SELECT r.number, r.from_date, r.from_half, r.to_date, r.to_half, r.leave_type_id,"
                + " t.code, t.paid FROM hr_leave_request r JOIN hr_leave_type t ON t.id = r.leave_type_id"
                + " WHERE r.employee_id = ? AND r.status = ? AND r.from_date <= ? AND r.to_date >= ?",
                rs -> new Approved(rs.getString(1), new LeaveSpan(Sql.date(rs, "from_date"), half(rs.getString(3)),
                        Sql.date(rs, "to_date"), half(rs.getString(5))), rs.getLong(6), rs.getString(7), rs.getBoolean(8)),
                employeeId, Status.APPROVED, to, from);
        List<LeaveDay> days = new ArrayList<>();
        for (Approved a : rows) {
            LocalDate start = a.span().from().isBefore(from) ? from : a.span().from();
            LocalDate end = a.span().to().isAfter(to) ? to : a.span().to();
            for (LeaveSpan.DayPart part : a.span().parts(calendar.workdays(employeeId, start, end))) {
                days.add(new LeaveDay(part.date(), a.type(), part.fraction(), a.paid(), a.number()));
            }
        }
        days.sort(Comparator.comparing(LeaveDay::date).thenComparing(LeaveDay::requestNumber));
        return days;
    }

    // ---------------------------------------------------------------- helpers

    private EmployeeFacts requester(long companyId, String number) {
        if (number != null && !number.isBlank() && LeaveAccess.callerHas(LeavePermissions.LEAVE_MANAGE)) {
            return access.byNumber(companyId, number).orElseThrow(() -> io.tangram.platform.api.error.ValidationException
                    .of("employee", Text.of("there is no employee {0}", "不存在员工 {0}", number)));
        }
        if (!LeaveAccess.callerHas(SelfServicePermissions.SELF) && !LeaveAccess.callerHas(LeavePermissions.LEAVE_MANAGE)) {
            throw new ForbiddenException(SelfServicePermissions.SELF);
        }
        EmployeeFacts me = access.me(companyId);
        if (number != null && !number.isBlank() && !me.number().equals(number.strip())) {
            throw new ForbiddenException(LeavePermissions.LEAVE_MANAGE);
        }
        return me;
    }

    /** The days a span is counted on: the employee's working days, or every day for types counted in calendar days. */
    private List<LocalDate> days(long employeeId, LeaveType type, LocalDate from, LocalDate to) {
        if (type.calendarDays()) {
            return from.datesUntil(to.plusDays(1)).toList();
        }
        return calendar.workdays(employeeId, from, to);
    }

    private void checkOverlap(EmployeeFacts e, LeaveSpan span, Long except) {
        List<LeaveRequest> open = sql.list(SELECT + " WHERE r.employee_id = ? AND r.status IN (?, ?) AND r.from_date <= ?"
                + " AND r.to_date >= ?", LeaveRequestService::row, e.id(), Status.PENDING, Status.APPROVED, span.to(),
                span.from());
        for (LeaveRequest other : open) {
            if ((except == null || other.id() != except)
                    && span.overlaps(new LeaveSpan(other.from(), other.fromHalf(), other.to(), other.toHalf()))) {
                throw new ConflictException(Text.of("{0} already has leave request {1} from {2} to {3} ({4}) overlapping"
                        + " these days", "{0} 已有与这些日期重叠的请假申请 {1}（{2} 至 {3}，{4}）", e.name(), other.number(),
                        other.from(), other.to(), other.status()));
            }
        }
    }

    /** Refuses (409) days the balance of an accruing type, or a per-event type's maximum, does not cover. */
    private void checkBalance(EmployeeFacts e, LeaveType type, LocalDate from, BigDecimal days) {
        BigDecimal available = balances.available(e, type, from);
        if (available == null || days.compareTo(available) <= 0) {
            return;
        }
        if (type.accrues()) {
            throw new ConflictException(Text.of(type.name() + " balance is {0} days; this request needs {1} days",
                    type.nameZh() + "余额为 {0} 天，本次申请需要 {1} 天", available, days));
        }
        throw new ConflictException(Text.of(type.name() + " allows {0} days per request; this request needs {1} days",
                type.nameZh() + "每次最多 {0} 天，本次申请需要 {1} 天", available, days));
    }

    private LeaveRequest byNumber(long companyId, String number) {
        List<LeaveRequest> rows = number == null ? List.of()
                : sql.list(SELECT + " WHERE r.company_id = ? AND r.number = ?", LeaveRequestService::row, companyId,
                        number.strip());
        if (rows.isEmpty()) {
            throw new NotFoundException(Text.of("There is no leave request {0}", "不存在请假申请 {0}", number));
        }
        return rows.get(0);
    }

    private Optional<LeaveRequest> bySource(long companyId, String formNumber) {
        List<LeaveRequest> rows = sql.list(SELECT + " WHERE r.company_id = ? AND r.source = 'OA' AND r.source_ref = ?",
                LeaveRequestService::row, companyId, formNumber);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    Optional<LeaveRequest> load(long id) {
        List<LeaveRequest> rows = sql.list(SELECT + " WHERE r.id = ?", LeaveRequestService::row, id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private long typeId(LeaveRequest r) {
        return sql.one("SELECT leave_type_id FROM hr_leave_request WHERE id = ?", rs -> rs.getLong(1), r.id())
                .orElseThrow();
    }

    private static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    private static Object half(Half half) {
        return half == null ? Sql.Null.VARCHAR : half.name();
    }

    private static Half half(String half) {
        return half == null || half.isBlank() ? null : Half.valueOf(half);
    }

    private static Half half(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : half(node.asText());
    }

    private static Object text(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static LeaveRequest row(ResultSet rs) throws SQLException {
        return new LeaveRequest(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"),
                rs.getLong("employee_id"), rs.getString("employee_number"), rs.getString("employee_name"),
                rs.getString("type_code"), Sql.date(rs, "from_date"), half(rs.getString("from_half")),
                Sql.date(rs, "to_date"), half(rs.getString("to_half")), rs.getBigDecimal("days"), rs.getString("reason"),
                rs.getString("attachment"), Status.valueOf(rs.getString("status")), rs.getString("source"),
                rs.getString("source_ref"), rs.getString("approval_path"), rs.getString("approval_ref"),
                rs.getString("approval_note"), rs.getString("approval_note_zh"), rs.getString("decided_by"),
                Sql.instant(rs, "decided_at"), rs.getString("decision_comment"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"));
    }
}
