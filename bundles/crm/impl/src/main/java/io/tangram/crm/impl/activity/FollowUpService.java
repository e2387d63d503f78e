package io.tangram.crm.impl.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.crm.api.activity.FollowUpDto;
import io.tangram.crm.api.activity.FollowUpInput;
import io.tangram.crm.api.activity.FollowUpQuery;
import io.tangram.crm.api.activity.FollowUps;
import io.tangram.crm.api.activity.RelatedTo;
import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.Visibility;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.crm.impl.lead.LeadService;
import io.tangram.crm.impl.lead.Reps;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Follow-up tasks in {@code crm_follow_up}, entered by hand or created by the reminder rules
 * ({@link #createFromRule}, unique per rule and source event). A task is visible to whoever sees its
 * assignee's records: the assignee, their team leads (team scope) and the all scope.
 */
@Component(service = {FollowUps.class, FollowUpService.class})
public class FollowUpService implements FollowUps {
    private static final String SELECT = "SELECT id, company_id, related_type, related_id, customer_id, lead_id, subject,"
            + " note, due_on, assignee, done, done_at, done_by, rule_id, created_by, created_at FROM crm_follow_up";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final UserDirectory users;
    private final Clock clock;
    private final RelatedRecords related;

    /** The pipeline, when installed: tasks on opportunities are checked through it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Opportunities opportunities;

    @Activate
    public FollowUpService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference CustomerService customers,
                           @Reference LeadService leads, @Reference UserDirectory users) {
        this(dataSource, tx, audit, customers, leads, users, Clock.systemDefaultZone());
    }

    FollowUpService(DataSource dataSource, Transactions tx, AuditLog audit, CustomerService customers, LeadService leads,
                    UserDirectory users, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
        this.related = new RelatedRecords(customers, leads, () -> opportunities);
    }

    @Override
    public FollowUpDto create(FollowUpInput input) {
        CallContext.require(ActivityPermissions.FOLLOW_UP_WRITE);
        FollowUpInput in = Params.require(input);
        String assignee = Reps.text(in.assignee());
        Validation v = new Validation();
        v.required("relatedTo", in.relatedTo()).required("relatedId", in.relatedId())
                .required("subject", Reps.text(in.subject())).maxLength("subject", in.subject(), Reminders.SUBJECT_LENGTH)
                .maxLength("note", in.note(), 2000).required("dueOn", in.dueOn()).maxLength("assignee", assignee, 100);
        v.check(in.dueOn() == null || !in.dueOn().isBefore(today()), "dueOn",
                Text.of("must be today or later", "不能早于今天"));
        Reps.check(v, "assignee", assignee, users);
        v.throwIfInvalid();
        RelatedRecords.Target target = related.resolve(in.relatedTo(), in.relatedId());
        return tx.required(() -> {
            long id = insert(target, in.subject().strip(), Reps.text(in.note()), in.dueOn(),
                    assignee == null ? target.owner() : assignee, null, null);
            FollowUpDto created = load(id).orElseThrow();
            audit.record("crm", "create", "follow-up", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /**
     * The task a reminder rule creates for an event, in the caller's (the event delivery's)
     * transaction; empty when this rule already created it for this event.
     */
    Optional<FollowUpDto> createFromRule(long ruleId, long eventId, RelatedRecords.Target target, String subject,
                                         LocalDate dueOn) {
        if (sql.one("SELECT 1 FROM crm_follow_up WHERE rule_id = ? AND source_event_id = ?", rs -> 1, ruleId, eventId)
                .isPresent()) {
            return Optional.empty();
        }
        long id = insert(target, subject, null, dueOn, target.owner(), ruleId, eventId);
        FollowUpDto created = load(id).orElseThrow();
        audit.record("crm", "create", "follow-up", String.valueOf(id), JsonText.write(created));
        return Optional.of(created);
    }

    private long insert(RelatedRecords.Target target, String subject, String note, LocalDate dueOn, String assignee,
                        Long ruleId, Long eventId) {
        return sql.insert("INSERT INTO crm_follow_up (company_id, related_type, related_id, customer_id, lead_id, subject,"
                + " note, due_on, assignee, done, rule_id, source_event_id, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", target.companyId(), target.type(), target.id(),
                Sql.orNull(target.customerId()), Sql.orNull(target.leadId()), subject,
                note == null ? Sql.Null.VARCHAR : note, dueOn, assignee, false, Sql.orNull(ruleId), Sql.orNull(eventId),
                CallContext.actorName(), clock.instant());
    }

    @Override
    public FollowUpDto get(long id) {
        CallContext.require(ActivityPermissions.FOLLOW_UP_READ);
        return load(id).filter(f -> Visibility.current(sql, f.companyId()).sees(f.assignee()))
                .orElseThrow(() -> new NotFoundException(Text.of("There is no follow-up task {0}", "不存在跟进任务 {0}",
                        String.valueOf(id))));
    }

    @Override
    public Page<FollowUpDto> search(long companyId, FollowUpQuery query, PageRequest page) {
        CallContext.require(ActivityPermissions.FOLLOW_UP_READ);
        FollowUpQuery q = query == null ? new FollowUpQuery(null, null, null, null) : query;
        StringBuilder where = new StringBuilder(" WHERE company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (Reps.text(q.assignee()) != null) {
            where.append(" AND assignee = ?");
            args.add(q.assignee().strip());
        }
        if (q.done() != null) {
            where.append(" AND done = ?");
            args.add(q.done());
        }
        if (q.relatedTo() == RelatedTo.CUSTOMER && q.relatedId() != null) {
            where.append(" AND customer_id = ?");
            args.add(q.relatedId());
        } else {
            if (q.relatedTo() != null) {
                where.append(" AND related_type = ?");
                args.add(q.relatedTo());
            }
            if (q.relatedId() != null) {
                where.append(" AND related_id = ?");
                args.add(q.relatedId());
            }
        }
        Visibility visibility = Visibility.current(sql, companyId);
        where.append(visibility.filter("assignee"));
        args.addAll(visibility.args());
        long total = sql.one("SELECT COUNT(*) FROM crm_follow_up" + where, rs -> rs.getLong(1), args.toArray())
                .orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        LocalDate today = today();
        List<FollowUpDto> items = sql.list(SELECT + where + " ORDER BY done, due_on, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                rs -> row(rs, today), args.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public FollowUpDto markDone(long id) {
        return mark(id, true);
    }

    @Override
    public FollowUpDto markUndone(long id) {
        return mark(id, false);
    }

    private FollowUpDto mark(long id, boolean done) {
        CallContext.require(ActivityPermissions.FOLLOW_UP_WRITE);
        FollowUpDto before = get(id);
        if (before.done() == done) {
            return before;
        }
        return tx.required(() -> {
            sql.update("UPDATE crm_follow_up SET done = ?, done_at = ?, done_by = ? WHERE id = ?", done,
                    done ? clock.instant() : Sql.Null.TIMESTAMP, done ? CallContext.actorName() : Sql.Null.VARCHAR, id);
            audit.record("crm", done ? "done" : "undone", "follow-up", String.valueOf(id),
                    JsonText.object("subject", before.subject(), "dueOn", before.dueOn()));
            return load(id).orElseThrow();
        });
    }

    @Override
    public List<FollowUpDto> overdue(long companyId, String assignee) {
        CallContext.require(ActivityPermissions.FOLLOW_UP_READ);
        String rep = Reps.text(assignee);
        Visibility visibility = Visibility.current(sql, companyId);
        if (rep != null && !visibility.sees(rep)) {
            Caller caller = CallContext.current().orElse(Caller.SYSTEM);
            throw new ForbiddenException(caller.has(CrmPermissions.SCOPE_TEAM) ? CrmPermissions.SCOPE_ALL
                    : CrmPermissions.SCOPE_TEAM);
        }
        LocalDate today = today();
        List<Object> args = new ArrayList<>(List.of(companyId, false, today));
        String where = " WHERE company_id = ? AND done = ? AND due_on < ?";
        if (rep != null) {
            where += " AND assignee = ?";
            args.add(rep);
        }
        where += visibility.filter("assignee");
        args.addAll(visibility.args());
        return sql.list(SELECT + where + " ORDER BY assignee, due_on, id", rs -> row(rs, today), args.toArray());
    }

    /** The task whatever the caller's scope. */
    Optional<FollowUpDto> load(long id) {
        LocalDate today = today();
        return sql.one(SELECT + " WHERE id = ?", rs -> row(rs, today), id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days a task is past due on {@code today}: 0 when done or not yet due. */
    static long daysOverdue(LocalDate dueOn, boolean done, LocalDate today) {
        return done || !dueOn.isBefore(today) ? 0 : ChronoUnit.DAYS.between(dueOn, today);
    }

    private static FollowUpDto row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = Sql.date(rs, "due_on");
        boolean done = rs.getBoolean("done");
        return new FollowUpDto(rs.getLong("id"), rs.getLong("company_id"), RelatedTo.valueOf(rs.getString("related_type")),
                rs.getLong("related_id"), Sql.nullableLong(rs, "customer_id"), Sql.nullableLong(rs, "lead_id"),
                rs.getString("subject"), rs.getString("note"), due, rs.getString("assignee"), done,
                Sql.instant(rs, "done_at"), rs.getString("done_by"), Sql.nullableLong(rs, "rule_id"),
                daysOverdue(due, done, today), rs.getString("created_by"), Sql.instant(rs, "created_at"));
    }
}
