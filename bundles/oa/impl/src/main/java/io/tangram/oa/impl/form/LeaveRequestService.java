package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.oa.api.form.FormTopics;
import io.tangram.oa.api.people.LeaveBalances;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Leave requests (请假) in {@code oa_leave_request}. Days are counted by {@link LeaveDays}; the balance
 * is checked against HR's {@link LeaveBalances} when HR is installed (on every save and at submission:
 * too few days available is a conflict and nothing is written), otherwise the request records that it
 * was not checked. Approved requests publish {@link FormTopics#LEAVE_REQUEST_APPROVED}; cancelling an
 * approved one publishes {@link FormTopics#LEAVE_REQUEST_CANCELLED}, for HR to restore the balance.
 */
@Component(service = LeaveRequestService.class)
public class LeaveRequestService extends FormWorkflow<LeaveRequestDto> {
    static final Text HR_ABSENT = Text.of("balance not checked: HR is not installed", "未校验假期余额：未安装人事模块");
    static final Text HR_UNKNOWN = Text.of("balance not checked: HR keeps no such balance for the employee",
            "未校验假期余额：人事模块中没有该员工的此类假期余额");
    private static final String SELECT = "SELECT id, company_id, number, requester, leave_type, from_date, from_half,"
            + " to_date, to_half, days, reason, balance_check, balance_available, balance_note_en, balance_note_zh,"
            + " status, approval_ref, outcome_comment, decided_by, decided_at, submitted_at, approval_note_en,"
            + " approval_note_zh, created_at, updated_at FROM oa_leave_request";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile LeaveBalances leaveBalances;

    @Activate
    public LeaveRequestService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                               @Reference Approvals approvals, @Reference DocumentNumbers numbers) {
        this(dataSource, tx, audit, events, approvals, numbers, Clock.systemDefaultZone());
    }

    /** For tests: {@code clock} is when requests are written and decided. */
    LeaveRequestService(DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events,
                        Approvals approvals, DocumentNumbers numbers, Clock clock) {
        super(FormKind.LEAVE, dataSource, tx, audit, events, approvals, numbers, clock);
    }

    /** Writes a draft leave request of the caller. */
    public LeaveRequestDto create(LeaveRequestInput input) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        LeaveRequestInput in = check(input);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        String me = CallContext.actorName();
        BigDecimal days = LeaveDays.count(in.from(), in.fromHalf(), in.to(), in.toHalf());
        Balance balance = balance(companyId, me, in, days);
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO oa_leave_request (company_id, number, requester, leave_type, from_date,"
                    + " from_half, to_date, to_half, days, reason, balance_check, balance_available, balance_note_en,"
                    + " balance_note_zh, status, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", companyId, nextNumber(companyId),
                    me, in.leaveType(), in.from(), half(in.fromHalf()), in.to(), half(in.toHalf()), days,
                    nullable(in.reason()), balance.check(), Sql.orNull(balance.available()), balance.noteEn(),
                    balance.noteZh(), FormStatus.DRAFT, now, now);
            LeaveRequestDto created = load(id).orElseThrow();
            audit.record("oa", "create", FormKind.LEAVE.entityType, String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /** Changes the caller's draft or returned leave request. */
    public LeaveRequestDto update(long companyId, String number, LeaveRequestInput input) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        LeaveRequestInput in = check(input);
        LeaveRequestDto before = editable(companyId, number);
        BigDecimal days = LeaveDays.count(in.from(), in.fromHalf(), in.to(), in.toHalf());
        Balance balance = balance(companyId, before.requester(), in, days);
        return tx.required(() -> {
            lockEditable(before);
            sql.update("UPDATE oa_leave_request SET leave_type = ?, from_date = ?, from_half = ?, to_date = ?,"
                    + " to_half = ?, days = ?, reason = ?, balance_check = ?, balance_available = ?, balance_note_en = ?,"
                    + " balance_note_zh = ?, updated_at = ? WHERE id = ?", in.leaveType(), in.from(), half(in.fromHalf()),
                    in.to(), half(in.toHalf()), days, nullable(in.reason()), balance.check(),
                    Sql.orNull(balance.available()), balance.noteEn(), balance.noteZh(), clock.instant(), before.id());
            LeaveRequestDto updated = load(before.id()).orElseThrow();
            audit.record("oa", "update", FormKind.LEAVE.entityType, String.valueOf(before.id()), JsonText.write(updated));
            return updated;
        });
    }

    @Override
    protected void beforeSubmit(LeaveRequestDto form) {
        Balance balance = balance(form.companyId(), form.requester(), new LeaveRequestInput(form.companyId(),
                form.leaveType(), form.from(), form.fromHalf(), form.to(), form.toHalf(), form.reason()), form.days());
        sql.update("UPDATE oa_leave_request SET balance_check = ?, balance_available = ?, balance_note_en = ?,"
                + " balance_note_zh = ? WHERE id = ?", balance.check(), Sql.orNull(balance.available()), balance.noteEn(),
                balance.noteZh(), form.id());
    }

    @Override
    protected ApprovalRequest approvalRequest(LeaveRequestDto form) {
        String days = form.days().stripTrailingZeros().toPlainString();
        return new ApprovalRequest(form.companyId(), FormKind.LEAVE.documentType, String.valueOf(form.id()),
                form.number(), null, form.requester(), String.format("%s: %s %s days (%s – %s) / %s %s 天",
                        form.number(), form.leaveType().en(), days, form.from(), form.to(), form.leaveType().zh(), days),
                Map.of("leaveType", form.leaveType().name(), "days", days));
    }

    @Override
    protected void approved(LeaveRequestDto form) {
        events.publish(FormTopics.LEAVE_REQUEST_APPROVED, form.companyId(), form.number(), payload(form));
    }

    /** An approved leave can be taken back; HR restores the balance from the event. */
    @Override
    protected void cancelApproved(LeaveRequestDto form) {
        events.publish(FormTopics.LEAVE_REQUEST_CANCELLED, form.companyId(), form.number(), payload(form));
    }

    static String payload(LeaveRequestDto form) {
        return JsonText.object("number", form.number(), "employee", form.requester(), "leaveType", form.leaveType(),
                "from", form.from(), "to", form.to(), "fromHalf", form.fromHalf(), "toHalf", form.toHalf(), "days",
                form.days().toPlainString());
    }

    @Override
    protected Optional<LeaveRequestDto> load(long id) {
        return sql.one(SELECT + " WHERE id = ?", LeaveRequestService::row, id);
    }

    private LeaveRequestInput check(LeaveRequestInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        LeaveRequestInput in = input;
        Validation v = new Validation().required("leaveType", in.leaveType()).required("from", in.from())
                .required("to", in.to()).maxLength("reason", in.reason(), 1000);
        if (in.from() != null && in.to() != null) {
            if (LeaveDays.backwards(in.from(), in.fromHalf(), in.to(), in.toHalf())) {
                v.add("to", Text.of("must not be before the start", "不能早于开始时间"));
            } else if (in.to().toEpochDay() - in.from().toEpochDay() > 366) {
                v.add("to", Text.of("a leave request covers at most a year", "一次请假最长一年"));
            } else if (LeaveDays.count(in.from(), in.fromHalf(), in.to(), in.toHalf()).signum() == 0) {
                v.add("to", Text.of("the leave covers no working day (Monday to Friday)", "所请假期不含工作日（周一至周五）"));
            }
        }
        v.throwIfInvalid();
        return in;
    }

    /** What HR says about the balance; too few days available is refused. */
    private Balance balance(long companyId, String employee, LeaveRequestInput in, BigDecimal days) {
        LeaveBalances hr = leaveBalances;
        if (hr == null) {
            return new Balance(BalanceCheck.SKIPPED, null, Note.of(HR_ABSENT));
        }
        LeaveBalances.LeaveBalance balance = hr.balance(companyId, employee, in.leaveType().name(), in.from());
        if (balance == null || !balance.known()) {
            return new Balance(BalanceCheck.UNKNOWN, null, Note.of(HR_UNKNOWN));
        }
        BigDecimal available = balance.available();
        if (available != null && available.compareTo(days) < 0) {
            throw new ConflictException(Text.of(in.leaveType().en() + ": {0} days requested, {1} available",
                    in.leaveType().zh() + "：申请 {0} 天，可用 {1} 天", plain(days), plain(available)));
        }
        return new Balance(BalanceCheck.CHECKED, available, null);
    }

    private static String plain(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }

    private static Object half(HalfDay half) {
        return half == null ? Sql.Null.VARCHAR : half.name();
    }

    private static LeaveRequestDto row(ResultSet rs) throws SQLException {
        String fromHalf = rs.getString("from_half");
        String toHalf = rs.getString("to_half");
        return new LeaveRequestDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("number"),
                rs.getString("requester"), LeaveType.valueOf(rs.getString("leave_type")), Sql.date(rs, "from_date"),
                fromHalf == null ? null : HalfDay.valueOf(fromHalf), Sql.date(rs, "to_date"),
                toHalf == null ? null : HalfDay.valueOf(toHalf), rs.getBigDecimal("days"), rs.getString("reason"),
                BalanceCheck.valueOf(rs.getString("balance_check")), rs.getBigDecimal("balance_available"),
                Note.read(rs.getString("balance_note_en"), rs.getString("balance_note_zh")),
                FormStatus.valueOf(rs.getString("status")), rs.getString("approval_ref"),
                rs.getString("outcome_comment"), rs.getString("decided_by"), Sql.instant(rs, "decided_at"),
                Sql.instant(rs, "submitted_at"), Note.read(rs.getString("approval_note_en"),
                        rs.getString("approval_note_zh")), Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }

    /** The outcome of the balance check as stored on the request. */
    private record Balance(BalanceCheck check, BigDecimal available, Note note) {
        Object noteEn() {
            return note == null ? Sql.Null.VARCHAR : note.en();
        }

        Object noteZh() {
            return note == null ? Sql.Null.VARCHAR : note.zh();
        }
    }
}
