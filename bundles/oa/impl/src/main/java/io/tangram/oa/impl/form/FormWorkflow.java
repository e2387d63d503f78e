package io.tangram.oa.impl.form;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * The workflow every built-in form shares: numbering, submitting to {@link Approvals}, cancelling
 * (withdrawing a waiting approval), the decision arriving from the workflow engine, and the direct
 * decision by a user with {@link FormPermissions#FORM_APPROVE} while no approval process is defined
 * for the form's type. Every change first bumps the form's {@code version}, so concurrent changes of
 * one form run one after the other.
 *
 * @param <D> the form's record
 */
public abstract class FormWorkflow<D extends FormDocument> {
    static final Text NO_PROCESS = Text.of("no approval process defined: waiting for a user with permission {0}",
            "未定义审批流程：等待有 {0} 权限的用户审批", FormPermissions.FORM_APPROVE);
    static final Text APPROVED_BY_PERMISSION = Text.of("no approval process defined: approved by permission",
            "未定义审批流程：按权限批准");
    static final Text REJECTED_BY_PERMISSION = Text.of("no approval process defined: rejected by permission",
            "未定义审批流程：按权限驳回");

    protected final Sql sql;
    protected final Transactions tx;
    protected final AuditLog audit;
    protected final EventPublisher events;
    protected final Approvals approvals;
    protected final DocumentNumbers numbers;
    protected final Clock clock;
    private final FormKind kind;

    protected FormWorkflow(FormKind kind, DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events,
                           Approvals approvals, DocumentNumbers numbers, Clock clock) {
        this.kind = kind;
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.approvals = approvals;
        this.numbers = numbers;
        this.clock = clock;
    }

    public FormKind kind() {
        return kind;
    }

    /** The form with its lines, whoever asks. */
    protected abstract Optional<D> load(long id);

    /** What the approval engine gets to route and show the form. */
    protected abstract ApprovalRequest approvalRequest(D form);

    /** Checks that must hold again at submission (e.g. the leave balance); throw to refuse. */
    protected void beforeSubmit(D form) {
    }

    /** The form was approved: publish what other modules act on. Runs in the approving transaction. */
    protected void approved(D form) {
    }

    /**
     * An approved form is cancelled: undo what its approval started. Runs in the cancelling
     * transaction; the default refuses, as most approved forms cannot be taken back.
     */
    protected void cancelApproved(D form) {
        throw new ConflictException(kind.say(form.number(), "%s is approved and can no longer be cancelled",
                "%s 已批准，不能再撤销"));
    }

    // ---------------------------------------------------------------- reading

    /** One form: the requester's own, or any for approvers and administrators. */
    public D get(long companyId, String number) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        D form = byNumber(companyId, number);
        Caller me = CallContext.current().orElseThrow();
        if (!form.requester().equals(me.username()) && !me.has(FormPermissions.FORM_ADMIN)
                && !me.has(FormPermissions.FORM_APPROVE)) {
            throw notFound(number);
        }
        return form;
    }

    /** The caller's own forms, newest first; {@code status} optional. */
    public Page<D> mine(long companyId, FormStatus status, PageRequest page) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        return list(companyId, status, CallContext.actorName(), false, page);
    }

    /** Every employee's forms, newest first; {@code status} and {@code requester} optional. */
    public Page<D> all(long companyId, FormStatus status, String requester, PageRequest page) {
        CallContext.require(FormPermissions.FORM_ADMIN);
        return list(companyId, status, requester == null || requester.isBlank() ? null : requester.strip(), false, page);
    }

    /** Submitted forms no approval process runs, waiting for a direct decision, oldest first. */
    public Page<D> waiting(long companyId, PageRequest page) {
        CallContext.require(FormPermissions.FORM_APPROVE);
        return list(companyId, FormStatus.SUBMITTED, null, true, page);
    }

    private Page<D> list(long companyId, FormStatus status, String requester, boolean unrouted, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status);
        }
        if (requester != null) {
            where.append(" AND requester = ?");
            args.add(requester);
        }
        if (unrouted) {
            where.append(" AND approval_ref IS NULL");
        }
        long total = sql.one("SELECT COUNT(*) FROM " + kind.table + where, rs -> rs.getLong(1), args.toArray()).orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<D> items = sql.list("SELECT id FROM " + kind.table + where + (unrouted ? " ORDER BY submitted_at, id"
                : " ORDER BY created_at DESC, id DESC") + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> rs.getLong(1),
                args.toArray()).stream().map(id -> load(id).orElseThrow()).toList();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    // ---------------------------------------------------------------- workflow

    /** Submits a draft or returned form for approval; without a process it waits for a direct decision. */
    public D submit(long companyId, String number) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        D form = own(companyId, number);
        if (!form.status().editable()) {
            throw new ConflictException(kind.say(number, "%s is {0}; only a draft or a returned form can be submitted",
                    "%s 的状态是 {0}，只有草稿或被退回的表单可以提交", form.status()));
        }
        return tx.required(() -> {
            lockEditable(form);
            D current = load(form.id()).orElseThrow();
            beforeSubmit(current);
            Optional<ApprovalState> state = approvals.submit(approvalRequest(current));
            Note note = state.isPresent() ? null : Note.of(NO_PROCESS);
            Instant now = clock.instant();
            sql.update("UPDATE " + kind.table + " SET status = ?, approval_ref = ?, submitted_at = ?, outcome_comment = ?,"
                    + " decided_by = ?, decided_at = ?, approval_note_en = ?, approval_note_zh = ?, updated_at = ?"
                    + " WHERE id = ?", FormStatus.SUBMITTED,
                    state.map(s -> (Object) s.reference()).orElse(Sql.Null.VARCHAR), now, Sql.Null.VARCHAR,
                    Sql.Null.VARCHAR, Sql.Null.TIMESTAMP, note == null ? Sql.Null.VARCHAR : note.en(),
                    note == null ? Sql.Null.VARCHAR : note.zh(), now, form.id());
            audit.record("oa", "submit", kind.entityType, String.valueOf(form.id()), JsonText.object("number", number,
                    "approval", state.map(ApprovalState::reference).orElse(null)));
            return load(form.id()).orElseThrow();
        });
    }

    /**
     * Cancels the caller's form: a waiting approval is withdrawn; an approved form only where its
     * type allows it ({@link #cancelApproved}).
     */
    public D cancel(long companyId, String number, String reason) {
        CallContext.require(FormPermissions.FORM_SUBMIT);
        D form = own(companyId, number);
        if (form.status() == FormStatus.CANCELLED || form.status() == FormStatus.REJECTED) {
            throw new ConflictException(kind.say(number, "%s is already {0}", "%s 已经是 {0} 状态", form.status()));
        }
        return tx.required(() -> {
            lock(form, form.status());
            if (form.status() == FormStatus.SUBMITTED && form.approvalReference() != null) {
                approvals.withdraw(form.approvalReference(), reason == null || reason.isBlank()
                        ? "cancelled by the requester" : reason.strip());
            }
            if (form.status() == FormStatus.APPROVED) {
                cancelApproved(form);
            }
            sql.update("UPDATE " + kind.table + " SET status = ?, updated_at = ? WHERE id = ?", FormStatus.CANCELLED,
                    clock.instant(), form.id());
            audit.record("oa", "cancel", kind.entityType, String.valueOf(form.id()), JsonText.object("number", number,
                    "from", form.status(), "reason", reason));
            return load(form.id()).orElseThrow();
        });
    }

    /** Approves a submitted form no approval process runs; the approver may not be its requester. */
    public D approveDirectly(long companyId, String number, String comment) {
        return decideDirectly(companyId, number, comment, FormStatus.APPROVED, APPROVED_BY_PERMISSION);
    }

    /** Rejects a submitted form no approval process runs. */
    public D rejectDirectly(long companyId, String number, String comment) {
        return decideDirectly(companyId, number, comment, FormStatus.REJECTED, REJECTED_BY_PERMISSION);
    }

    private D decideDirectly(long companyId, String number, String comment, FormStatus outcome, Text how) {
        CallContext.require(FormPermissions.FORM_APPROVE);
        D form = byNumber(companyId, number);
        if (form.status() != FormStatus.SUBMITTED) {
            throw new ConflictException(kind.say(number, "%s is {0}; only a submitted form can be decided",
                    "%s 的状态是 {0}，只有已提交的表单可以审批", form.status()));
        }
        if (form.approvalReference() != null) {
            throw new ConflictException(kind.say(number, "%s is waiting for approval {0}; decide it there",
                    "%s 正在审批流程 {0} 中，请在审批中处理", form.approvalReference()));
        }
        String me = CallContext.actorName();
        if (form.requester().equals(me)) {
            throw new ConflictException(kind.say(number, "You cannot decide your own %s", "不能审批自己的%s"));
        }
        Note note = Note.of(how);
        return tx.required(() -> {
            lock(form, FormStatus.SUBMITTED);
            Instant now = clock.instant();
            sql.update("UPDATE " + kind.table + " SET status = ?, outcome_comment = ?, decided_by = ?, decided_at = ?,"
                    + " approval_note_en = ?, approval_note_zh = ?, updated_at = ? WHERE id = ?", outcome,
                    comment == null || comment.isBlank() ? Sql.Null.VARCHAR : comment.strip(), me, now, note.en(),
                    note.zh(), now, form.id());
            D decided = load(form.id()).orElseThrow();
            if (outcome == FormStatus.APPROVED) {
                approved(decided);
            }
            audit.record("oa", outcome == FormStatus.APPROVED ? "approve" : "reject", kind.entityType,
                    String.valueOf(form.id()), JsonText.object("number", number, "comment", comment, "note", note.en()));
            return decided;
        });
    }

    /**
     * Applies the workflow engine's final decision to the submitted form that waits for exactly that
     * approval; anything else (a redelivery, an older approval, a cancelled form) changes nothing.
     *
     * @return whether the form changed
     */
    boolean applyDecision(long companyId, String documentId, String reference, ApprovalStatus outcome,
                          String decidedBy, String comment) {
        if (outcome == ApprovalStatus.PENDING || documentId == null || reference == null) {
            return false;
        }
        long id;
        try {
            id = Long.parseLong(documentId);
        } catch (NumberFormatException e) {
            return false;
        }
        FormStatus status = switch (outcome) {
            case APPROVED -> FormStatus.APPROVED;
            case REJECTED -> FormStatus.REJECTED;
            default -> FormStatus.RETURNED;
        };
        return tx.required(() -> {
            Instant now = clock.instant();
            int changed = sql.update("UPDATE " + kind.table + " SET status = ?, outcome_comment = ?, decided_by = ?,"
                    + " decided_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND company_id = ?"
                    + " AND status = ? AND approval_ref = ?", status,
                    comment == null || comment.isBlank() ? Sql.Null.VARCHAR : comment.strip(),
                    decidedBy == null ? Sql.Null.VARCHAR : decidedBy, now, now, id, companyId, FormStatus.SUBMITTED,
                    reference);
            if (changed == 0) {
                return false;
            }
            D decided = load(id).orElseThrow();
            if (status == FormStatus.APPROVED) {
                approved(decided);
            }
            audit.record("oa", "decided", kind.entityType, String.valueOf(id), JsonText.object("number",
                    decided.number(), "approval", reference, "outcome", outcome, "decidedBy", decidedBy,
                    "comment", comment));
            return true;
        });
    }

    // ---------------------------------------------------------------- for the forms

    /** The next number of this kind of form, e.g. {@code LV-2026-000001}. */
    protected String nextNumber(long companyId) {
        return numbers.next(companyId, kind.prefix, LocalDate.now(clock).getYear());
    }

    /** The caller's own form, refused unless the caller may still change it. */
    protected D editable(long companyId, String number) {
        D form = own(companyId, number);
        if (!form.status().editable()) {
            throw new ConflictException(kind.say(number, "%s is {0}; only a draft or a returned form can be changed",
                    "%s 的状态是 {0}，只有草稿或被退回的表单可以修改", form.status()));
        }
        return form;
    }

    /** Serialises writers of one editable form; refuses if someone changed its status meanwhile. */
    protected void lockEditable(D form) {
        if (sql.update("UPDATE " + kind.table + " SET version = version + 1 WHERE id = ? AND status IN (?, ?)",
                form.id(), FormStatus.DRAFT, FormStatus.RETURNED) == 0) {
            throw changedMeanwhile(form.number());
        }
    }

    private void lock(D form, FormStatus expected) {
        if (sql.update("UPDATE " + kind.table + " SET version = version + 1 WHERE id = ? AND status = ?", form.id(),
                expected) == 0) {
            throw changedMeanwhile(form.number());
        }
    }

    private ConflictException changedMeanwhile(String number) {
        return new ConflictException(kind.say(number, "%s was changed by someone else meanwhile; reload it and try again",
                "%s 刚被他人修改，请刷新后重试"));
    }

    private D own(long companyId, String number) {
        D form = byNumber(companyId, number);
        if (!form.requester().equals(CallContext.actorName())) {
            throw notFound(number);
        }
        return form;
    }

    private D byNumber(long companyId, String number) {
        return sql.one("SELECT id FROM " + kind.table + " WHERE company_id = ? AND number = ?", rs -> rs.getLong(1),
                companyId, number == null ? "" : number.strip()).flatMap(this::load).orElseThrow(() -> notFound(number));
    }

    private NotFoundException notFound(String number) {
        return new NotFoundException(kind.say(number, "There is no %s", "不存在%s"));
    }

    protected static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    protected static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
