package io.tangram.crm.impl.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.activity.ActivityType;
import io.tangram.crm.api.activity.ReminderRuleDto;
import io.tangram.crm.api.activity.ReminderRuleInput;
import io.tangram.crm.api.activity.ReminderRules;
import io.tangram.crm.api.activity.ReminderTrigger;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.lead.Reps;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/** Reminder rules in {@code crm_reminder_rule}; {@link FollowUpRuleSubscriber} applies the active ones. */
@Component(service = {ReminderRules.class, ReminderRuleService.class})
public class ReminderRuleService implements ReminderRules {
    static final int MAX_DAYS = 365;
    private static final String SELECT = "SELECT id, company_id, trigger_on, activity_type, days_after, subject_template,"
            + " active FROM crm_reminder_rule";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;

    @Activate
    public ReminderRuleService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference Transactions tx, @Reference AuditLog audit) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
    }

    @Override
    public List<ReminderRuleDto> list(long companyId) {
        CallContext.require(ActivityPermissions.FOLLOW_UP_READ);
        return sql.list(SELECT + " WHERE company_id = ? ORDER BY trigger_on, activity_type, days_after, id",
                ReminderRuleService::row, companyId);
    }

    @Override
    public ReminderRuleDto create(ReminderRuleInput input) {
        CallContext.require(ActivityPermissions.REMINDER_RULE_ADMIN);
        ReminderRuleInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        checks(in).throwIfInvalid();
        return tx.required(() -> {
            Instant now = Instant.now();
            long id = sql.insert("INSERT INTO crm_reminder_rule (company_id, trigger_on, activity_type, days_after,"
                    + " subject_template, active, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    companyId, in.trigger(), activityType(in), in.days(), in.subjectTemplate().strip(),
                    in.active() == null || in.active(), CallContext.actorName(), now, now);
            ReminderRuleDto created = rule(id).orElseThrow();
            audit.record("crm", "create", "reminder-rule", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    @Override
    public ReminderRuleDto update(long id, ReminderRuleInput input) {
        CallContext.require(ActivityPermissions.REMINDER_RULE_ADMIN);
        ReminderRuleInput in = Params.require(input);
        ReminderRuleDto before = existing(id);
        checks(in).throwIfInvalid();
        return tx.required(() -> {
            sql.update("UPDATE crm_reminder_rule SET trigger_on = ?, activity_type = ?, days_after = ?,"
                    + " subject_template = ?, active = ?, updated_at = ? WHERE id = ?", in.trigger(), activityType(in),
                    in.days(), in.subjectTemplate().strip(), in.active() == null || in.active(), Instant.now(), id);
            ReminderRuleDto updated = rule(id).orElseThrow();
            audit.record("crm", "update", "reminder-rule", String.valueOf(id),
                    JsonText.object("before", before, "after", updated));
            return updated;
        });
    }

    @Override
    public ReminderRuleDto deactivate(long id) {
        CallContext.require(ActivityPermissions.REMINDER_RULE_ADMIN);
        ReminderRuleDto before = existing(id);
        if (!before.active()) {
            return before;
        }
        return tx.required(() -> {
            sql.update("UPDATE crm_reminder_rule SET active = ?, updated_at = ? WHERE id = ?", false, Instant.now(), id);
            audit.record("crm", "deactivate", "reminder-rule", String.valueOf(id), JsonText.write(before));
            return rule(id).orElseThrow();
        });
    }

    /** The active rules of a company for a trigger (and, for activities, the activity's type). */
    List<ReminderRuleDto> matching(long companyId, ReminderTrigger trigger, ActivityType type) {
        return sql.list(SELECT + " WHERE company_id = ? AND active = ? AND trigger_on = ?"
                + (trigger == ReminderTrigger.ACTIVITY_LOGGED ? " AND activity_type = ?" : "") + " ORDER BY id",
                ReminderRuleService::row, trigger == ReminderTrigger.ACTIVITY_LOGGED
                        ? new Object[] {companyId, true, trigger, type} : new Object[] {companyId, true, trigger});
    }

    private static Validation checks(ReminderRuleInput in) {
        Validation v = new Validation();
        v.required("trigger", in.trigger()).required("days", in.days())
                .required("subjectTemplate", Reps.text(in.subjectTemplate()))
                .maxLength("subjectTemplate", in.subjectTemplate(), Reminders.SUBJECT_LENGTH);
        v.check(in.days() == null || in.days() >= 0 && in.days() <= MAX_DAYS, "days",
                Text.of("must be between 0 and {0}", "必须在 0 到 {0} 之间", MAX_DAYS));
        if (in.trigger() == ReminderTrigger.ACTIVITY_LOGGED) {
            v.required("activityType", in.activityType());
        } else if (in.trigger() == ReminderTrigger.QUOTE_SENT) {
            v.check(in.activityType() == null, "activityType",
                    Text.of("is only for rules on activities", "仅适用于按跟进记录触发的规则"));
        }
        return v;
    }

    private static Object activityType(ReminderRuleInput in) {
        return in.activityType() == null ? Sql.Null.VARCHAR : in.activityType();
    }

    private Optional<ReminderRuleDto> rule(long id) {
        return sql.one(SELECT + " WHERE id = ?", ReminderRuleService::row, id);
    }

    private ReminderRuleDto existing(long id) {
        return rule(id).orElseThrow(() -> new NotFoundException(Text.of("There is no reminder rule {0}",
                "不存在提醒规则 {0}", String.valueOf(id))));
    }

    private static ReminderRuleDto row(ResultSet rs) throws SQLException {
        String type = rs.getString("activity_type");
        return new ReminderRuleDto(rs.getLong("id"), rs.getLong("company_id"),
                ReminderTrigger.valueOf(rs.getString("trigger_on")), type == null ? null : ActivityType.valueOf(type),
                rs.getInt("days_after"), rs.getString("subject_template"), rs.getBoolean("active"));
    }
}
