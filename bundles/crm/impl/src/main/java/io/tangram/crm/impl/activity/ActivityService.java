package io.tangram.crm.impl.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
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

import io.tangram.crm.api.activity.Activities;
import io.tangram.crm.api.activity.ActivityDto;
import io.tangram.crm.api.activity.ActivityInput;
import io.tangram.crm.api.activity.ActivityQuery;
import io.tangram.crm.api.activity.ActivityTopics;
import io.tangram.crm.api.activity.ActivityType;
import io.tangram.crm.api.activity.RelatedTo;
import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.Visibility;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.crm.impl.lead.LeadService;
import io.tangram.crm.impl.lead.Reps;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Activities in {@code crm_activity}. Logging one on a customer (or on an opportunity, for its
 * customer) moves the customer's last-activity day, which the lifecycle stage reads; a call, visit,
 * e-mail, meeting or trial on a new lead makes it contacted. The {@link ActivityTopics#ACTIVITY_LOGGED}
 * event is published last, in the same transaction, for the reminder rules.
 */
@Component(service = {Activities.class, ActivityService.class})
public class ActivityService implements Activities {
    private static final String SELECT = "SELECT a.id, a.company_id, a.activity_type, a.related_type, a.related_id,"
            + " a.customer_id, a.lead_id, a.occurred_at, a.subject, a.body, a.outcome, a.username, a.created_by,"
            + " a.created_at FROM crm_activity a";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final CustomerService customers;
    private final LeadService leads;
    private final UserDirectory users;
    private final Clock clock;
    private final RelatedRecords related;

    /** The pipeline, when installed: activities on opportunities are checked through it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Opportunities opportunities;

    @Activate
    public ActivityService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                           @Reference CustomerService customers, @Reference LeadService leads,
                           @Reference UserDirectory users) {
        this(dataSource, tx, audit, events, customers, leads, users, Clock.systemDefaultZone());
    }

    ActivityService(DataSource dataSource, Transactions tx, AuditLog audit, EventPublisher events,
                    CustomerService customers, LeadService leads, UserDirectory users, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.customers = customers;
        this.leads = leads;
        this.users = users;
        this.clock = clock;
        this.related = new RelatedRecords(customers, leads, () -> opportunities);
    }

    @Override
    public ActivityDto log(ActivityInput input) {
        CallContext.require(ActivityPermissions.ACTIVITY_WRITE);
        ActivityInput in = Params.require(input);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime at = in.occurredAt() == null ? now : in.occurredAt().truncatedTo(ChronoUnit.MINUTES);
        String user = Reps.text(in.user()) == null ? Reps.caller() : in.user().strip();
        Validation v = new Validation();
        v.required("type", in.type()).required("relatedTo", in.relatedTo()).required("relatedId", in.relatedId())
                .required("subject", Reps.text(in.subject())).maxLength("subject", in.subject(), 200)
                .maxLength("body", in.body(), 4000).maxLength("outcome", in.outcome(), 500).maxLength("user", user, 100);
        v.check(!at.toLocalDate().isAfter(now.toLocalDate()), "occurredAt", Text.of(
                "must not be after today; plan future work as a follow-up task", "不能晚于今天；以后的安排请建跟进任务"));
        Reps.check(v, "user", user, users);
        v.throwIfInvalid();
        RelatedRecords.Target target = related.resolve(in.relatedTo(), in.relatedId());
        return tx.required(() -> {
            long id = sql.insert("INSERT INTO crm_activity (company_id, activity_type, related_type, related_id,"
                    + " customer_id, lead_id, occurred_at, subject, body, outcome, username, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", target.companyId(), in.type(), target.type(),
                    target.id(), Sql.orNull(target.customerId()), Sql.orNull(target.leadId()), Timestamp.valueOf(at),
                    in.subject().strip(), nullable(in.body()), nullable(in.outcome()), user, CallContext.actorName(),
                    clock.instant());
            if (target.customerId() != null) {
                customers.recordActivity(target.customerId(), at.toLocalDate());
            }
            if (target.type() == RelatedTo.LEAD && in.type().contact()) {
                leads.markContacted(target.id());
            }
            ActivityDto logged = load(id).orElseThrow();
            audit.record("crm", "create", "activity", String.valueOf(id), JsonText.write(logged));
            events.publish(ActivityTopics.ACTIVITY_LOGGED, target.companyId(), "activity:" + id, JsonText.object(
                    "id", id, "companyId", target.companyId(), "type", in.type(), "relatedTo", target.type(),
                    "relatedId", target.id(), "customerId", target.customerId(), "leadId", target.leadId(),
                    "owner", target.owner(), "user", user, "occurredOn", at.toLocalDate(), "subject", logged.subject()));
            return logged;
        });
    }

    @Override
    public ActivityDto get(long id) {
        CallContext.require(ActivityPermissions.ACTIVITY_READ);
        return load(id).filter(this::visible).orElseThrow(() -> new NotFoundException(Text.of("There is no activity {0}",
                "不存在跟进记录 {0}", String.valueOf(id))));
    }

    @Override
    public Page<ActivityDto> search(long companyId, ActivityQuery query, PageRequest page) {
        CallContext.require(ActivityPermissions.ACTIVITY_READ);
        ActivityQuery q = query == null ? new ActivityQuery(null, null, null, null, null, null) : query;
        StringBuilder where = new StringBuilder(" WHERE a.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (q.relatedTo() == RelatedTo.CUSTOMER && q.relatedId() != null) {
            // a customer's history includes its opportunities' activities and those of the lead it came from
            where.append(" AND a.customer_id = ?");
            args.add(q.relatedId());
        } else {
            if (q.relatedTo() != null) {
                where.append(" AND a.related_type = ?");
                args.add(q.relatedTo());
            }
            if (q.relatedId() != null) {
                where.append(" AND a.related_id = ?");
                args.add(q.relatedId());
            }
        }
        if (q.type() != null) {
            where.append(" AND a.activity_type = ?");
            args.add(q.type());
        }
        if (Reps.text(q.user()) != null) {
            where.append(" AND a.username = ?");
            args.add(q.user().strip());
        }
        if (q.from() != null) {
            where.append(" AND a.occurred_at >= ?");
            args.add(Timestamp.valueOf(q.from().atStartOfDay()));
        }
        if (q.to() != null) {
            where.append(" AND a.occurred_at < ?");
            args.add(Timestamp.valueOf(q.to().plusDays(1).atStartOfDay()));
        }
        Visibility visibility = Visibility.current(sql, companyId);
        if (!visibility.all()) {
            String owners = visibility.filter("owner");
            where.append(" AND (a.customer_id IN (SELECT party_id FROM crm_customer WHERE company_id = ?").append(owners)
                    .append(") OR a.lead_id IN (SELECT id FROM crm_lead WHERE company_id = ?").append(owners).append("))");
            args.add(companyId);
            args.addAll(visibility.args());
            args.add(companyId);
            args.addAll(visibility.args());
        }
        long total = sql.one("SELECT COUNT(*) FROM crm_activity a" + where, rs -> rs.getLong(1), args.toArray())
                .orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<ActivityDto> items = sql.list(SELECT + where + " ORDER BY a.occurred_at DESC, a.id DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", ActivityService::row, args.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** The activity whatever the caller's scope. */
    Optional<ActivityDto> load(long id) {
        return sql.one(SELECT + " WHERE a.id = ?", ActivityService::row, id);
    }

    /** Visible when its customer or its lead is. */
    private boolean visible(ActivityDto a) {
        return a.customerId() != null && customers.find(a.customerId()).isPresent()
                || a.leadId() != null && leads.find(a.leadId()).isPresent();
    }

    private static Object nullable(String s) {
        String t = Reps.text(s);
        return t == null ? Sql.Null.VARCHAR : t;
    }

    private static ActivityDto row(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("occurred_at");
        return new ActivityDto(rs.getLong("id"), rs.getLong("company_id"),
                ActivityType.valueOf(rs.getString("activity_type")), RelatedTo.valueOf(rs.getString("related_type")),
                rs.getLong("related_id"), Sql.nullableLong(rs, "customer_id"), Sql.nullableLong(rs, "lead_id"),
                at.toLocalDateTime(), rs.getString("subject"), rs.getString("body"), rs.getString("outcome"),
                rs.getString("username"), rs.getString("created_by"), Sql.instant(rs, "created_at"));
    }
}
