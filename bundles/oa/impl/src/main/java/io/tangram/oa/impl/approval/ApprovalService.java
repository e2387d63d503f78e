package io.tangram.oa.impl.approval;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.oa.impl.UserAccounts;
import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.approval.ApprovalState;
import io.tangram.oa.api.approval.ApprovalStatus;
import io.tangram.oa.api.approval.ApprovalTopics;
import io.tangram.oa.api.approval.Approvals;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * The approval workflow in {@code oa_approval} with its steps, tasks and history. A submit plans
 * every step at once (conditions, approvers), so a document that cannot be routed is refused before
 * anything is written; each step's tasks wait until the step starts, when a delegation active that
 * day hands them to the delegate. Everyone acting on an approval first locks its row, so two
 * approvers acting at the same moment are serialised. Events go to the outbox in the same
 * transaction; notifications go to OA's inbox when {@link Notifications} is present.
 */
@Component(service = {Approvals.class, ApprovalService.class})
public class ApprovalService implements Approvals {
    static final String SYSTEM = "system";
    private static final Text NOTIFICATIONS_ABSENT = Text.of("notifications skipped: OA notifications are not available",
            "未发送通知：OA 通知服务不可用");
    private static final String HEADER = "SELECT id, company_id, reference, document_type, document_id,"
            + " document_number, title, requester, submitted_by, department_code, amount, currency, fields,"
            + " process_code, process_version, status, current_step, decided_by, decision_comment, submitted_at,"
            + " decided_at FROM oa_approval";
    private static final String TASKS = "SELECT t.id, t.step_id, s.step_no, s.name AS step_name, t.assignee,"
            + " t.on_behalf_of, t.status, t.by_escalation, t.pending_since, t.reminded_at, t.acted_by, t.acted_at,"
            + " t.task_comment FROM oa_approval_task t JOIN oa_approval_step s ON s.id = t.step_id";
    private static final String STEPS = "SELECT id, step_no, name, name_zh, mode, status, timeout_hours, escalate_to,"
            + " escalated, started_at, completed_at FROM oa_approval_step";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final DocumentNumbers numbers;
    private final UserDirectory users;
    private final ProcessService processes;
    private final DepartmentService departments;
    private final DelegationService delegations;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Notifications notifications;

    @Activate
    public ApprovalService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                           @Reference DocumentNumbers numbers, @Reference UserDirectory users,
                           @Reference ProcessService processes, @Reference DepartmentService departments,
                           @Reference DelegationService delegations) {
        this(dataSource, tx, audit, events, numbers, users, processes, departments, delegations,
                Clock.systemDefaultZone());
    }

    /** For tests: {@code clock} is when things happen, its zone gives the year of references. */
    ApprovalService(DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events,
                    DocumentNumbers numbers, UserDirectory users, ProcessService processes,
                    DepartmentService departments, DelegationService delegations, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.numbers = numbers;
        this.users = users;
        this.processes = processes;
        this.departments = departments;
        this.delegations = delegations;
        this.clock = clock;
    }

    private record Header(long id, long companyId, String reference, String documentType, String documentId,
                          String documentNumber, String title, String requester, String submittedBy, String department,
                          BigDecimal amount, String currency, String fields, String processCode, int processVersion,
                          ApprovalStatus status, Integer currentStep, String decidedBy, String comment,
                          Instant submittedAt, Instant decidedAt) {
    }

    private record Planned(int stepNo, ProcessStep step, boolean applies, Set<String> approvers) {
    }

    // ---------------------------------------------------------------- submit, read, withdraw

    @Override
    public boolean hasProcess(long companyId, String documentType) {
        return documentType != null && processes.active(companyId, documentType.strip()).isPresent();
    }

    @Override
    public Optional<ApprovalState> submit(ApprovalRequest request) {
        ApprovalRequest r = io.tangram.web.api.RequestParams.require(request);
        Validation v = new Validation();
        v.check(r.companyId() > 0, "companyId", Text.of("must be a company id", "必须是公司编号"))
                .required("documentType", r.documentType()).maxLength("documentType", r.documentType(), 80)
                .required("documentId", r.documentId()).maxLength("documentId", r.documentId(), 100)
                .maxLength("documentNumber", r.documentNumber(), 100)
                .required("requester", r.requester()).maxLength("requester", r.requester(), 100)
                .required("title", r.title()).maxLength("title", r.title(), 200)
                .check(r.amount() == null || r.amount().signum() >= 0, "amount",
                        Text.of("must not be negative", "不能为负数"))
                .check(JsonText.write(r.fields()).length() <= 4000, "fields",
                        Text.of("must be at most {0} characters as JSON", "JSON 最多 {0} 个字符", 4000));
        r.fields().forEach((name, value) -> v.check(value == null || value.length() <= 1000, "fields." + name,
                Text.of("must be at most {0} characters", "最多 {0} 个字符", 1000)));
        v.throwIfInvalid();
        String type = r.documentType().strip();
        if (processes.active(r.companyId(), type).isEmpty()) {
            return Optional.empty();
        }
        return tx.required(() -> {
            Optional<ProcessService.Active> found = processes.active(r.companyId(), type);
            if (found.isEmpty()) {
                return Optional.<ApprovalState>empty();
            }
            sql.update("UPDATE oa_process SET lock_version = lock_version + 1 WHERE id = ?", found.get().id());
            Optional<ProcessService.Active> locked = processes.active(r.companyId(), type);
            if (locked.isEmpty()) {
                return Optional.<ApprovalState>empty();
            }
            Optional<Long> waiting = sql.list("SELECT id FROM oa_approval WHERE company_id = ? AND document_type = ?"
                    + " AND document_id = ? AND status = ?", rs -> rs.getLong(1), r.companyId(), type,
                    r.documentId().strip(), ApprovalStatus.PENDING).stream().findFirst();
            if (waiting.isPresent()) {
                return Optional.of(state(header(waiting.get())));
            }
            return Optional.of(start(r, type, locked.get()));
        });
    }

    private ApprovalState start(ApprovalRequest r, String type, ProcessService.Active process) {
        String requester = r.requester().strip();
        String override = ProcessService.strip(r.fields().get("department"));
        String department = departments.departmentOf(r.companyId(), requester, override).orElse(null);
        List<Planned> plan = plan(r, requester, override, department, process.steps());
        Instant now = clock.instant();
        String actor = CallContext.actorName();
        String reference = numbers.next(r.companyId(), "AP", LocalDate.ofInstant(now, clock.getZone()).getYear());
        long id = sql.insert("INSERT INTO oa_approval (company_id, reference, document_type, document_id,"
                + " document_number, title, requester, department_code, amount, currency, fields, process_id,"
                + " process_code, process_version, status, submitted_by, submitted_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", r.companyId(), reference, type,
                r.documentId().strip(), text(r.documentNumber()), r.title().strip(), requester, text(department),
                r.amount() == null ? Sql.Null.DECIMAL : r.amount().amount(),
                r.amount() == null ? Sql.Null.VARCHAR : r.amount().currency().getCurrencyCode(),
                JsonText.write(r.fields()), process.id(), process.code(), process.version(), ApprovalStatus.PENDING,
                actor, now);
        boolean managerRouted = false;
        for (Planned p : plan) {
            ProcessStep s = p.step();
            long stepId = sql.insert("INSERT INTO oa_approval_step (approval_id, step_no, name, name_zh, mode, status,"
                    + " timeout_hours, escalate_to, escalated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, p.stepNo(),
                    s.name(), s.nameZh(), s.mode(), p.applies() ? WorkStatus.WAITING : WorkStatus.SKIPPED,
                    s.timeoutHours() == null ? Sql.Null.BIGINT : s.timeoutHours(), text(s.escalateTo()), false);
            for (String approver : p.approvers()) {
                sql.insert("INSERT INTO oa_approval_task (approval_id, step_id, assignee, status, by_escalation)"
                        + " VALUES (?, ?, ?, ?, ?)", id, stepId, approver, WorkStatus.WAITING, false);
            }
            managerRouted |= p.applies() && s.approvers().stream().anyMatch(a -> !a.kind().equals("USER")
                    && !a.kind().equals("ROLE"));
        }
        String routing = managerRouted && !departments.hrPresent() && override == null
                ? both(DepartmentService.ROUTED_BY_OA) : null;
        history(id, null, HistoryAction.SUBMIT, actor, null, routing, now);
        for (Planned p : plan) {
            if (!p.applies()) {
                history(id, p.step().name(), HistoryAction.SKIP, SYSTEM, null, both(Text.of(
                        "conditions do not hold: {0}", "条件不满足：{0}", conditions(p.step()))), now);
            }
        }
        Header h = header(id);
        events.publish(ApprovalTopics.APPROVAL_SUBMITTED, r.companyId(), reference, JsonText.object(
                "reference", reference, "documentType", type, "documentId", h.documentId(),
                "documentNumber", h.documentNumber(), "requester", requester, "processCode", process.code(),
                "processVersion", process.version()));
        if (startNext(h, now)) {
            decide(h, ApprovalStatus.APPROVED, SYSTEM, both(Text.of("no step of process {0} applies",
                    "审批流程 {0} 没有适用的步骤", process.code())), now);
        }
        ApprovalState state = state(header(id));
        audit.record("oa", "submit", "approval", reference, JsonText.object("state", state, "department", department,
                "routing", routing, "notifications", notifications == null ? both(NOTIFICATIONS_ABSENT) : null));
        return state;
    }

    /** Every step of the version: whether it applies, and to whom. @throws ConflictException if one has no one */
    private List<Planned> plan(ApprovalRequest r, String requester, String override, String department,
                               List<ProcessStep> steps) {
        BigDecimal amount = r.amount() == null ? null : r.amount().amount();
        List<Planned> plan = new ArrayList<>();
        Set<String> enabled = new LinkedHashSet<>();
        List<UserAccount> accounts = UserAccounts.all(users);
        accounts.stream().filter(UserAccount::enabled).forEach(u -> enabled.add(u.username()));
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep step = steps.get(i);
            if (!Conditions.hold(step.conditions(), amount, r.fields())) {
                plan.add(new Planned(i + 1, step, false, Set.of()));
                continue;
            }
            Set<String> approvers = new LinkedHashSet<>();
            for (StepApprover a : step.approvers()) {
                approvers.addAll(resolve(r.companyId(), a, step, requester, override, department, accounts, enabled));
            }
            if (approvers.isEmpty()) {
                throw new ConflictException(Text.of("Step {0} has no approver for this document",
                        "步骤“{0}”没有审批人", step.name()));
            }
            plan.add(new Planned(i + 1, step, true, approvers));
        }
        return plan;
    }

    private List<String> resolve(long companyId, StepApprover a, ProcessStep step, String requester, String override,
                                 String department, List<UserAccount> accounts, Set<String> enabled) {
        switch (ApproverKind.valueOf(a.kind())) {
            case USER -> {
                if (!enabled.contains(a.value())) {
                    throw new ConflictException(Text.of("{0}, the approver of step {1}, is not an enabled user",
                            "步骤“{1}”的审批人 {0} 不是启用的用户", a.value(), step.name()));
                }
                return List.of(a.value());
            }
            case ROLE -> {
                List<String> holders = accounts.stream().filter(u -> u.enabled() && u.roles().contains(a.value()))
                        .map(UserAccount::username).sorted().toList();
                if (holders.isEmpty()) {
                    throw new ConflictException(Text.of("No enabled user holds the role {0} for step {1}",
                            "没有启用的用户拥有步骤“{1}”所需的角色 {0}", a.value(), step.name()));
                }
                return holders;
            }
            default -> {
                if (department == null) {
                    throw new ConflictException(Text.of("{0} belongs to no department, so step {1} has no manager to"
                            + " go to", "{0} 未设置所属部门，步骤“{1}”找不到部门负责人", requester, step.name()));
                }
                int levels = a.kind().equals(ApproverKind.MANAGER_CHAIN.name())
                        ? ProcessService.levels(a.value()) : 1;
                List<String> managers = departments.managers(companyId, requester, override, levels);
                if (managers.isEmpty()) {
                    throw new ConflictException(Text.of("No department manager is set for department {0}",
                            "部门 {0} 未设置部门负责人", department));
                }
                return managers;
            }
        }
    }

    @Override
    public Optional<ApprovalState> state(long companyId, String documentType, String documentId) {
        return sql.list("SELECT id FROM oa_approval WHERE company_id = ? AND document_type = ? AND document_id = ?"
                + " ORDER BY id DESC", rs -> rs.getLong(1), companyId, documentType, documentId).stream().findFirst()
                .map(id -> state(header(id)));
    }

    @Override
    public ApprovalState get(String reference) {
        return state(header(reference));
    }

    @Override
    public ApprovalState withdraw(String reference, String reason) {
        String note = ProcessService.strip(reason);
        new Validation().maxLength("reason", note, 2000).throwIfInvalid();
        return tx.required(() -> {
            Header h = lock(reference);
            requirePending(h);
            Instant now = clock.instant();
            String actor = CallContext.actorName();
            history(h.id(), currentStepName(h), HistoryAction.WITHDRAW, actor, null, note, now);
            decide(h, ApprovalStatus.WITHDRAWN, actor, note, now);
            ApprovalState state = state(header(h.id()));
            audit.record("oa", "withdraw", "approval", reference, JsonText.object("reason", note));
            return state;
        });
    }

    // ---------------------------------------------------------------- acting

    /** Approves the caller's task of the current step. */
    public ApprovalState approve(String reference, String comment) {
        return act(reference, HistoryAction.APPROVE, comment);
    }

    /** Rejects the approval (final); a comment is required. */
    public ApprovalState reject(String reference, String comment) {
        return act(reference, HistoryAction.REJECT, comment);
    }

    /** Returns the document to the requester (退回, final); a comment is required. */
    public ApprovalState sendBack(String reference, String comment) {
        return act(reference, HistoryAction.RETURN, comment);
    }

    private ApprovalState act(String reference, HistoryAction action, String comment) {
        CallContext.require(ApprovalPermissions.APPROVAL_ACT);
        String note = ProcessService.strip(comment);
        Validation v = new Validation().maxLength("comment", note, 2000);
        if (action != HistoryAction.APPROVE) {
            v.required("comment", note);
        }
        v.throwIfInvalid();
        String actor = CallContext.actorName();
        boolean admin = CallContext.current().map(c -> c.has(ApprovalPermissions.APPROVAL_ADMIN)).orElse(false);
        return tx.required(() -> {
            Header h = lock(reference);
            requirePending(h);
            StepView step = currentStep(h);
            List<TaskView> tasks = tasksOf(step);
            TaskView mine = tasks.stream().filter(t -> t.status() == WorkStatus.PENDING && t.assignee().equals(actor))
                    .findFirst().orElseGet(() -> tasks.stream().filter(t -> t.status() == WorkStatus.PENDING
                            && delegations.delegates(h.companyId(), t.assignee(), actor, h.documentType()))
                            .findFirst().orElse(null));
            if (mine == null && !admin) {
                if (tasks.stream().anyMatch(t -> actor.equals(t.actedBy()))) {
                    throw new ConflictException(Text.of("You have already acted on step {0} of {1}",
                            "您已处理过 {1} 的步骤“{0}”", step.name(), reference));
                }
                throw new ApprovalForbiddenException(Text.of("You are not an approver of the current step of {0}",
                        "您不是 {0} 当前步骤的审批人", reference));
            }
            Instant now = clock.instant();
            String onBehalfOf = mine == null ? null
                    : mine.assignee().equals(actor) ? mine.onBehalfOf() : mine.assignee();
            WorkStatus result = switch (action) {
                case APPROVE -> WorkStatus.APPROVED;
                case REJECT -> WorkStatus.REJECTED;
                default -> WorkStatus.RETURNED;
            };
            if (mine != null) {
                sql.update("UPDATE oa_approval_task SET status = ?, acted_by = ?, acted_at = ?, task_comment = ?"
                        + " WHERE id = ?", result, actor, now, text(note), mine.id());
            }
            history(h.id(), step.name(), action, actor, onBehalfOf, note, now);
            if (action == HistoryAction.APPROVE) {
                boolean othersPending = tasks.stream().anyMatch(t -> t.status() == WorkStatus.PENDING
                        && (mine == null || t.id() != mine.id()));
                if (mine == null || mine.byEscalation() || step.mode() == StepMode.ANY || !othersPending) {
                    completeStep(h, step, tasks, mine, actor, now);
                    if (startNext(h, now)) {
                        decide(h, ApprovalStatus.APPROVED, actor, note, now);
                    }
                }
            } else {
                sql.update("UPDATE oa_approval_step SET status = ?, completed_at = ? WHERE id = ?", result, now,
                        step.id());
                decide(h, action == HistoryAction.REJECT ? ApprovalStatus.REJECTED : ApprovalStatus.RETURNED, actor,
                        note, now);
            }
            ApprovalState state = state(header(h.id()));
            audit.record("oa", action.name().toLowerCase(java.util.Locale.ROOT), "approval", reference,
                    JsonText.object("step", step.name(), "onBehalfOf", onBehalfOf, "asAdministrator", mine == null,
                            "comment", note, "status", state.status()));
            return state;
        });
    }

    /** The step is done: the tasks no longer needed are skipped. */
    private void completeStep(Header h, StepView step, List<TaskView> tasks, TaskView mine, String actor, Instant now) {
        for (TaskView t : tasks) {
            if (t.status() == WorkStatus.PENDING && (mine == null || t.id() != mine.id())) {
                sql.update("UPDATE oa_approval_task SET status = ? WHERE id = ?", WorkStatus.SKIPPED, t.id());
                history(h.id(), step.name(), HistoryAction.SKIP, SYSTEM, null, both(Text.of(
                        "{0} no longer needs to act: {1} approved the step", "{0} 无需再审批：{1} 已批准该步骤",
                        t.assignee(), actor)), now);
            }
        }
        sql.update("UPDATE oa_approval_step SET status = ?, completed_at = ? WHERE id = ?", WorkStatus.APPROVED, now,
                step.id());
    }

    /** Starts the next waiting step; {@code true} when there is none left. */
    private boolean startNext(Header h, Instant now) {
        Optional<StepView> next = sql.list(STEPS + " WHERE approval_id = ? AND status = ? ORDER BY step_no",
                ApprovalService::step, h.id(), WorkStatus.WAITING).stream().findFirst();
        if (next.isEmpty()) {
            return true;
        }
        StepView step = next.get();
        sql.update("UPDATE oa_approval_step SET status = ?, started_at = ? WHERE id = ?", WorkStatus.PENDING, now,
                step.id());
        sql.update("UPDATE oa_approval SET current_step = ? WHERE id = ?", step.stepNo(), h.id());
        for (TaskView t : tasksOf(step)) {
            if (t.status() == WorkStatus.WAITING) {
                activate(h, step, t.id(), t.assignee(), now);
            }
        }
        return false;
    }

    /** A task of a started step waits for its assignee, or for the assignee's delegate that day. */
    private void activate(Header h, StepView step, long taskId, String assignee, Instant now) {
        Optional<String> delegate = delegations.delegateOf(h.companyId(), assignee, h.documentType());
        String recipient = delegate.orElse(assignee);
        sql.update("UPDATE oa_approval_task SET assignee = ?, on_behalf_of = ?, status = ?, pending_since = ?"
                + " WHERE id = ?", recipient, delegate.isPresent() ? assignee : Sql.Null.VARCHAR, WorkStatus.PENDING,
                now, taskId);
        notify(h, recipient, Text.of("Approval waiting: {0} ({1})", "待审批：{0}（{1}）", h.title(), h.reference()),
                describe(h, step) + (delegate.isPresent() ? " — for " + assignee + " / 代 " + assignee : ""),
                h.reference() + ":task:" + taskId);
    }

    /** Ends the approval with its outcome: tasks and steps still open are cancelled, the owner is told. */
    private void decide(Header h, ApprovalStatus outcome, String decidedBy, String comment, Instant now) {
        sql.update("UPDATE oa_approval_task SET status = ? WHERE approval_id = ? AND status IN (?, ?)",
                WorkStatus.CANCELLED, h.id(), WorkStatus.PENDING, WorkStatus.WAITING);
        sql.update("UPDATE oa_approval_step SET status = ?, completed_at = ? WHERE approval_id = ? AND status IN (?, ?)",
                WorkStatus.CANCELLED, now, h.id(), WorkStatus.PENDING, WorkStatus.WAITING);
        sql.update("UPDATE oa_approval SET status = ?, current_step = ?, decided_by = ?, decision_comment = ?,"
                + " decided_at = ? WHERE id = ?", outcome, Sql.Null.BIGINT, decidedBy, text(comment), now, h.id());
        events.publish(ApprovalTopics.APPROVAL_DECIDED, h.companyId(), h.reference(), JsonText.object(
                "reference", h.reference(), "documentType", h.documentType(), "documentId", h.documentId(),
                "documentNumber", h.documentNumber(), "outcome", outcome.name(), "decidedBy", decidedBy,
                "comment", comment, "requester", h.requester()));
        Text said = outcomeText(outcome);
        notify(h, h.requester(), Text.of("{0} {1}: {2}", "{0} {1}：{2}", h.reference(), said.en(), h.title()),
                said.zh() + (comment == null ? "" : " — " + comment), h.reference() + ":outcome");
    }

    // ---------------------------------------------------------------- reminders and escalation

    /**
     * Reminds, once, every approver whose task has waited longer than its step's {@code timeoutHours}
     * (wall-clock hours) and, once per step, adds the step's {@code escalateTo} (else the late
     * approver's manager, when known) as a further approver whose approval completes the step.
     */
    public ReminderResult remind(Instant now) {
        CallContext.require(ApprovalPermissions.APPROVAL_ADMIN);
        Instant at = now == null ? clock.instant() : now;
        record Due(long taskId, String reference, Instant since, int hours) {
        }
        Map<String, List<Long>> due = new LinkedHashMap<>();
        sql.list("SELECT t.id, a.reference, t.pending_since, s.timeout_hours FROM oa_approval_task t"
                + " JOIN oa_approval_step s ON s.id = t.step_id JOIN oa_approval a ON a.id = t.approval_id"
                + " WHERE t.status = ? AND t.reminded_at IS NULL AND s.timeout_hours IS NOT NULL AND a.status = ?"
                + " ORDER BY t.pending_since, t.id", rs -> new Due(rs.getLong(1), rs.getString(2),
                        Sql.instant(rs, "pending_since"), rs.getInt(4)), WorkStatus.PENDING, ApprovalStatus.PENDING)
                .stream().filter(d -> !d.since().plus(Duration.ofHours(d.hours())).isAfter(at))
                .forEach(d -> due.computeIfAbsent(d.reference(), k -> new ArrayList<>()).add(d.taskId()));
        List<ReminderLine> lines = new ArrayList<>();
        due.forEach((reference, taskIds) -> lines.addAll(tx.required(() -> remind(reference, taskIds, at))));
        return new ReminderResult(at, lines);
    }

    private List<ReminderLine> remind(String reference, List<Long> taskIds, Instant now) {
        Header h = lock(reference);
        if (h.status() != ApprovalStatus.PENDING) {
            return List.of();
        }
        StepView step = currentStep(h);
        String actor = CallContext.actorName();
        List<ReminderLine> lines = new ArrayList<>();
        for (TaskView t : tasksOf(step)) {
            if (!taskIds.contains(t.id()) || t.status() != WorkStatus.PENDING || t.remindedAt() != null) {
                continue;
            }
            sql.update("UPDATE oa_approval_task SET reminded_at = ? WHERE id = ?", now, t.id());
            history(h.id(), step.name(), HistoryAction.REMIND, actor, null, both(Text.of("reminded {0}", "已催办 {0}",
                    t.assignee())), now);
            notify(h, t.assignee(), Text.of("Reminder — approval waiting since {0}: {1} ({2})",
                    "催办——自 {0} 起待审批：{1}（{2}）", t.pendingSince(), h.title(), h.reference()), describe(h, step),
                    h.reference() + ":remind:" + t.id());
            String escalatedTo = null;
            StepView current = currentStep(h);
            if (!current.escalated()) {
                escalatedTo = escalate(h, current, t, actor, now);
            }
            lines.add(new ReminderLine(reference, step.name(), t.assignee(), escalatedTo));
        }
        audit.record("oa", "remind", "approval", reference, JsonText.write(lines));
        return lines;
    }

    private String escalate(Header h, StepView step, TaskView late, String actor, Instant now) {
        String away = late.onBehalfOf() == null ? late.assignee() : late.onBehalfOf();
        Optional<String> target = step.escalateTo() != null ? Optional.of(step.escalateTo())
                : departments.managerOf(h.companyId(), away);
        sql.update("UPDATE oa_approval_step SET escalated = ? WHERE id = ?", true, step.id());
        if (target.isEmpty()) {
            history(h.id(), step.name(), HistoryAction.ESCALATE, actor, null, both(Text.of(
                    "not escalated: no one to escalate {0}''s task to", "未上报：找不到 {0} 的上级", away)), now);
            return null;
        }
        String to = target.get();
        boolean already = tasksOf(step).stream().anyMatch(t -> t.status() == WorkStatus.PENDING
                && (t.assignee().equals(to) || to.equals(t.onBehalfOf())));
        if (!already) {
            long taskId = sql.insert("INSERT INTO oa_approval_task (approval_id, step_id, assignee, status,"
                    + " by_escalation) VALUES (?, ?, ?, ?, ?)", h.id(), step.id(), to, WorkStatus.WAITING, true);
            activate(h, step, taskId, to, now);
        }
        history(h.id(), step.name(), HistoryAction.ESCALATE, actor, null, both(Text.of(
                "escalated to {0}: {1} did not act within {2} h", "已上报 {0}：{1} 超过 {2} 小时未处理", to,
                late.assignee(), step.timeoutHours())), now);
        return to;
    }

    // ---------------------------------------------------------------- inbox, mine, detail

    /** Tasks waiting for a user (the caller when {@code null}), incl. as delegate; oldest first. */
    public Page<InboxItem> inbox(long companyId, String user, PageRequest page) {
        CallContext.require(ApprovalPermissions.APPROVAL_READ);
        String who = ProcessService.strip(user) == null ? CallContext.actorName() : user.strip();
        if (!who.equals(CallContext.actorName())) {
            CallContext.require(ApprovalPermissions.APPROVAL_ADMIN);
        }
        LocalDate today = delegations.today();
        String from = " FROM oa_approval_task t JOIN oa_approval a ON a.id = t.approval_id"
                + " JOIN oa_approval_step s ON s.id = t.step_id WHERE t.status = ? AND a.status = ? AND a.company_id = ?"
                + " AND (t.assignee = ? OR EXISTS (SELECT 1 FROM oa_delegation d WHERE d.company_id = a.company_id"
                + " AND d.delegator = t.assignee AND d.delegate = ? AND d.cancelled = ? AND d.valid_from <= ?"
                + " AND d.valid_to >= ? AND (d.document_type IS NULL OR d.document_type = a.document_type)))";
        Object[] args = {WorkStatus.PENDING, ApprovalStatus.PENDING, companyId, who, who, false, today, today};
        long total = sql.one("SELECT COUNT(*)" + from, rs -> rs.getLong(1), args).orElse(0L);
        List<Object> paged = new ArrayList<>(List.of(args));
        paged.add(page.offset());
        paged.add(page.limit());
        List<InboxItem> items = sql.list("SELECT t.id, a.reference, a.document_type, a.document_number, a.title,"
                + " a.amount, a.currency, a.requester, s.name, s.name_zh, t.assignee, t.on_behalf_of, t.pending_since"
                + from + " ORDER BY t.pending_since, t.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                rs -> new InboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        amount(rs.getBigDecimal(6), rs.getString(7)), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10),
                        who.equals(rs.getString(11)) ? rs.getString(12) : rs.getString(11),
                        Sql.instant(rs, "pending_since")), paged.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Approvals the caller asked for or submitted, newest first. */
    public Page<ApprovalState> mine(long companyId, PageRequest page) {
        CallContext.require(ApprovalPermissions.APPROVAL_READ);
        String who = CallContext.actorName();
        long total = sql.one("SELECT COUNT(*) FROM oa_approval WHERE company_id = ? AND (requester = ?"
                + " OR submitted_by = ?)", rs -> rs.getLong(1), companyId, who, who).orElse(0L);
        List<ApprovalState> items = sql.list(HEADER + " WHERE company_id = ? AND (requester = ? OR submitted_by = ?)"
                + " ORDER BY submitted_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", ApprovalService::header,
                companyId, who, who, page.offset(), page.limit()).stream().map(this::state).toList();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /**
     * An approval with its steps, tasks and history, for the requester, whoever has or had a task in
     * it (or approves as a delegate), and {@code oa.approval.admin}.
     */
    public ApprovalDetail detail(String reference) {
        CallContext.require(ApprovalPermissions.APPROVAL_READ);
        Header h = header(reference);
        String actor = CallContext.actorName();
        List<TaskView> tasks = sql.list(TASKS + " WHERE t.approval_id = ? ORDER BY s.step_no, t.id",
                ApprovalService::task, h.id());
        boolean involved = actor.equals(h.requester()) || actor.equals(h.submittedBy())
                || tasks.stream().anyMatch(t -> actor.equals(t.assignee()) || actor.equals(t.onBehalfOf())
                        || actor.equals(t.actedBy()))
                || tasks.stream().anyMatch(t -> t.status() == WorkStatus.PENDING
                        && delegations.delegates(h.companyId(), t.assignee(), actor, h.documentType()));
        if (!involved && !CallContext.current().map(c -> c.has(ApprovalPermissions.APPROVAL_ADMIN)).orElse(false)) {
            throw new ApprovalForbiddenException(Text.of("You may only see approvals you asked for or take part in,"
                    + " not {0}", "您只能查看自己提交或参与审批的单据，不能查看 {0}", reference));
        }
        List<StepView> steps = sql.list(STEPS + " WHERE approval_id = ? ORDER BY step_no", ApprovalService::step,
                h.id());
        List<HistoryEntry> history = sql.list("SELECT happened_at, action, actor, on_behalf_of, step_name,"
                + " entry_comment FROM oa_approval_history WHERE approval_id = ? ORDER BY happened_at, id",
                rs -> new HistoryEntry(Sql.instant(rs, "happened_at"), HistoryAction.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(4) == null ? rs.getString(3)
                                : rs.getString(3) + " for " + rs.getString(4), rs.getString(5), rs.getString(6)),
                h.id());
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode stored = JsonText.read(h.fields());
        stored.fieldNames().forEachRemaining(name -> fields.put(name, stored.get(name).isNull() ? null
                : stored.get(name).asText()));
        return new ApprovalDetail(state(h), h.title(), amount(h.amount(), h.currency()), h.currency(), h.department(),
                fields, steps, tasks, history);
    }

    // ---------------------------------------------------------------- helpers

    private Header lock(String reference) {
        if (sql.update("UPDATE oa_approval SET version = version + 1 WHERE reference = ?", reference) == 0) {
            throw notFound(reference);
        }
        return header(reference);
    }

    private Header header(String reference) {
        return sql.one(HEADER + " WHERE reference = ?", ApprovalService::header, reference)
                .orElseThrow(() -> notFound(reference));
    }

    private Header header(long id) {
        return sql.one(HEADER + " WHERE id = ?", ApprovalService::header, id).orElseThrow();
    }

    private static NotFoundException notFound(String reference) {
        return new NotFoundException(Text.of("There is no approval {0}", "不存在审批 {0}", reference));
    }

    private static void requirePending(Header h) {
        if (h.status() != ApprovalStatus.PENDING) {
            Text said = outcomeText(h.status());
            throw new ConflictException(Text.of("{0} is already {1}", "{0} {2}", h.reference(), said.en(), said.zh()));
        }
    }

    private static Text outcomeText(ApprovalStatus status) {
        return switch (status) {
            case APPROVED -> Text.of("approved", "已审批通过");
            case REJECTED -> Text.of("rejected", "已被驳回");
            case RETURNED -> Text.of("returned to the requester", "已退回申请人");
            case WITHDRAWN -> Text.of("withdrawn", "已撤回");
            case PENDING -> Text.of("waiting for approval", "待审批");
        };
    }

    private StepView currentStep(Header h) {
        return sql.one(STEPS + " WHERE approval_id = ? AND step_no = ?", ApprovalService::step, h.id(),
                h.currentStep()).orElseThrow();
    }

    private String currentStepName(Header h) {
        return h.currentStep() == null ? null : currentStep(h).name();
    }

    private List<TaskView> tasksOf(StepView step) {
        return sql.list(TASKS + " WHERE t.step_id = ? ORDER BY t.id", ApprovalService::task, step.id());
    }

    private ApprovalState state(Header h) {
        List<String> waitingFor = new ArrayList<>();
        String stepName = null;
        if (h.status() == ApprovalStatus.PENDING && h.currentStep() != null) {
            StepView step = currentStep(h);
            stepName = step.name();
            for (TaskView t : tasksOf(step)) {
                if (t.status() == WorkStatus.PENDING && !waitingFor.contains(t.assignee())) {
                    waitingFor.add(t.assignee());
                }
            }
        }
        return new ApprovalState(h.reference(), h.companyId(), h.documentType(), h.documentId(), h.documentNumber(),
                h.status(), h.processCode(), h.processVersion(), stepName, waitingFor, h.requester(), h.decidedBy(),
                h.comment(), h.submittedAt(), h.decidedAt());
    }

    private void history(long approvalId, String stepName, HistoryAction action, String actor, String onBehalfOf,
                         String comment, Instant now) {
        sql.insert("INSERT INTO oa_approval_history (approval_id, step_name, action, actor, on_behalf_of, entry_comment,"
                + " happened_at) VALUES (?, ?, ?, ?, ?, ?, ?)", approvalId, text(stepName), action, actor,
                text(onBehalfOf), text(comment), now);
    }

    private void notify(Header h, String recipient, Text title, String body, String sourceRef) {
        Notifications inbox = notifications;
        if (inbox != null) {
            inbox.post(new NotificationInput(h.companyId(), recipient, "approval", title.in(java.util.Locale.ENGLISH),
                    title.in(java.util.Locale.SIMPLIFIED_CHINESE), body, "/api/oa/approvals/" + h.reference(),
                    sourceRef));
        }
    }

    private static String describe(Header h, StepView step) {
        return h.requester() + " — " + (h.documentNumber() == null ? h.documentId() : h.documentNumber())
                + (h.amount() == null ? "" : " — " + amount(h.amount(), h.currency()).toPlainString() + " "
                        + h.currency()) + " — " + step.name() + " / " + step.nameZh();
    }

    private static String conditions(ProcessStep step) {
        return String.join(", ", step.conditions().stream().map(c -> c.field() + " " + c.op() + " " + c.value())
                .toList());
    }

    private static String both(Text text) {
        return text.in(java.util.Locale.ENGLISH) + " / " + text.in(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static BigDecimal amount(BigDecimal stored, String currency) {
        if (stored == null) {
            return null;
        }
        int scale = currency == null ? 2
                : io.tangram.platform.api.money.Money.scaleOf(java.util.Currency.getInstance(currency));
        return stored.setScale(scale, java.math.RoundingMode.UNNECESSARY);
    }

    private static Object text(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private static Header header(ResultSet rs) throws SQLException {
        Integer current = rs.getInt("current_step");
        if (rs.wasNull()) {
            current = null;
        }
        return new Header(rs.getLong("id"), rs.getLong("company_id"), rs.getString("reference"),
                rs.getString("document_type"), rs.getString("document_id"), rs.getString("document_number"),
                rs.getString("title"), rs.getString("requester"), rs.getString("submitted_by"),
                rs.getString("department_code"), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getString("fields"), rs.getString("process_code"), rs.getInt("process_version"),
                ApprovalStatus.valueOf(rs.getString("status")), current, rs.getString("decided_by"),
                rs.getString("decision_comment"), Sql.instant(rs, "submitted_at"), Sql.instant(rs, "decided_at"));
    }

    private static StepView step(ResultSet rs) throws SQLException {
        Integer timeout = rs.getInt("timeout_hours");
        if (rs.wasNull()) {
            timeout = null;
        }
        return new StepView(rs.getLong("id"), rs.getInt("step_no"), rs.getString("name"), rs.getString("name_zh"),
                StepMode.valueOf(rs.getString("mode")), WorkStatus.valueOf(rs.getString("status")), timeout,
                rs.getString("escalate_to"), rs.getBoolean("escalated"), Sql.instant(rs, "started_at"),
                Sql.instant(rs, "completed_at"));
    }

    private static TaskView task(ResultSet rs) throws SQLException {
        return new TaskView(rs.getLong("id"), rs.getInt("step_no"), rs.getString("step_name"), rs.getString("assignee"),
                rs.getString("on_behalf_of"), WorkStatus.valueOf(rs.getString("status")),
                rs.getBoolean("by_escalation"), Sql.instant(rs, "pending_since"), Sql.instant(rs, "reminded_at"),
                rs.getString("acted_by"), Sql.instant(rs, "acted_at"), rs.getString("task_comment"));
    }
}
