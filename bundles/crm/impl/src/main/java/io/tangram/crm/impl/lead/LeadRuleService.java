package io.tangram.crm.impl.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.TeamDto;
import io.tangram.crm.api.Teams;
import io.tangram.crm.api.lead.LeadRouting;
import io.tangram.crm.api.lead.LeadRuleDto;
import io.tangram.crm.api.lead.LeadRuleInput;
import io.tangram.crm.api.lead.LeadRules;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Assignment rules in {@code crm_lead_rule} (kept numbered 1…n), the default owner in
 * {@code crm_lead_routing}, and the round-robin turns of teams in {@code crm_lead_rotation}. The
 * matching itself is {@link LeadRouter}'s; {@link #route} feeds it the rules and takes a team's
 * turn by updating the team's rotation row, which locks it until the arriving lead is committed.
 */
@Component(service = {LeadRules.class, LeadRuleService.class})
public class LeadRuleService implements LeadRules {
    private static final String SELECT = "SELECT id, company_id, position, name, region, industry, source, target_user,"
            + " target_team, active FROM crm_lead_rule";
    private static final int MAX_RULES = 200;
    private static final int ASSIGNMENT_LENGTH = 300;

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final Teams teams;
    private final UserDirectory users;

    @Activate
    public LeadRuleService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference Teams teams,
                           @Reference UserDirectory users) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.teams = teams;
        this.users = users;
    }

    @Override
    public LeadRouting routing(long companyId) {
        CallContext.require(LeadPermissions.LEAD_READ);
        return new LeadRouting(companyId, defaultOwner(companyId).orElse(null), rules(companyId));
    }

    @Override
    public LeadRuleDto create(LeadRuleInput input) {
        CallContext.require(LeadPermissions.LEAD_RULE_ADMIN);
        LeadRuleInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        checks(companyId, in).throwIfInvalid();
        return tx.required(() -> {
            List<LeadRuleDto> rules = rules(companyId);
            if (rules.size() >= MAX_RULES) {
                throw new ConflictException(Text.of(
                        "A company has at most {0} assignment rules", "每个公司最多 {0} 条分配规则", MAX_RULES));
            }
            Instant now = Instant.now();
            long id = sql.insert("INSERT INTO crm_lead_rule (company_id, position, name, region, industry, source,"
                    + " target_user, target_team, active, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, rules.size() + 1, in.name().strip(),
                    nullable(in.region()), nullable(in.industry()), nullable(in.source()), nullable(in.user()),
                    nullable(in.team()), in.active() == null || in.active(), CallContext.actorName(), now, now);
            move(companyId, id, in.position());
            ensureRotation(companyId, Reps.text(in.team()));
            LeadRuleDto created = rule(id).orElseThrow();
            audit.record("crm", "create", "lead-rule", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    @Override
    public LeadRuleDto update(long id, LeadRuleInput input) {
        CallContext.require(LeadPermissions.LEAD_RULE_ADMIN);
        LeadRuleInput in = Params.require(input);
        LeadRuleDto before = existing(id);
        checks(before.companyId(), in).throwIfInvalid();
        return tx.required(() -> {
            sql.update("UPDATE crm_lead_rule SET name = ?, region = ?, industry = ?, source = ?, target_user = ?,"
                    + " target_team = ?, active = ?, updated_at = ? WHERE id = ?", in.name().strip(),
                    nullable(in.region()), nullable(in.industry()), nullable(in.source()), nullable(in.user()),
                    nullable(in.team()), in.active() == null || in.active(), Instant.now(), id);
            move(before.companyId(), id, in.position());
            ensureRotation(before.companyId(), Reps.text(in.team()));
            LeadRuleDto updated = rule(id).orElseThrow();
            audit.record("crm", "update", "lead-rule", String.valueOf(id),
                    JsonText.object("before", before, "after", updated));
            return updated;
        });
    }

    @Override
    public void delete(long id) {
        CallContext.require(LeadPermissions.LEAD_RULE_ADMIN);
        LeadRuleDto before = existing(id);
        tx.required(() -> {
            sql.update("DELETE FROM crm_lead_rule WHERE id = ?", id);
            renumber(before.companyId(), rules(before.companyId()).stream().map(LeadRuleDto::id).toList());
            audit.record("crm", "delete", "lead-rule", String.valueOf(id), JsonText.write(before));
            return null;
        });
    }

    @Override
    public LeadRouting setDefaultOwner(long companyId, String owner) {
        CallContext.require(LeadPermissions.LEAD_RULE_ADMIN);
        String user = Reps.text(owner);
        Validation v = new Validation();
        v.maxLength("owner", user, 100);
        Reps.check(v, "owner", user, users);
        v.throwIfInvalid();
        return tx.required(() -> {
            Instant now = Instant.now();
            Object value = user == null ? Sql.Null.VARCHAR : user;
            if (sql.update("UPDATE crm_lead_routing SET default_owner = ?, updated_by = ?, updated_at = ?"
                    + " WHERE company_id = ?", value, CallContext.actorName(), now, companyId) == 0) {
                sql.update("INSERT INTO crm_lead_routing (company_id, default_owner, updated_by, updated_at)"
                        + " VALUES (?, ?, ?, ?)", companyId, value, CallContext.actorName(), now);
            }
            audit.record("crm", "default-owner", "lead-routing", String.valueOf(companyId),
                    JsonText.object("defaultOwner", user));
            return new LeadRouting(companyId, user, rules(companyId));
        });
    }

    // ---------------------------------------------------------------- for arriving leads

    /**
     * Chooses the owner of a lead arriving in {@code companyId}, in the caller's transaction: a team's
     * turn taken here stays taken only if that transaction commits.
     */
    public LeadRouter.Assignment route(long companyId, LeadRouter.Facts facts, String creator) {
        List<LeadRouter.Rule> active = rules(companyId).stream().filter(LeadRuleDto::active)
                .map(r -> new LeadRouter.Rule(r.id(), r.position(), r.name(), r.region(), r.industry(), r.source(),
                        r.user(), r.team()))
                .toList();
        LeadRouter.Assignment chosen = LeadRouter.route(active, facts, new LeadRouter.Teams() {
            @Override
            public List<String> members(String team) {
                return teams.findByCode(companyId, team).map(TeamDto::members).orElse(List.of());
            }

            @Override
            public long nextTurn(String team) {
                return takeTurn(companyId, team);
            }
        }, defaultOwner(companyId).orElse(null), creator);
        String how = chosen.how().length() > ASSIGNMENT_LENGTH ? chosen.how().substring(0, ASSIGNMENT_LENGTH)
                : chosen.how();
        return new LeadRouter.Assignment(chosen.owner(), chosen.ruleId(), how);
    }

    /** Increments the team's turns (locking its row until commit) and returns the new count. */
    long takeTurn(long companyId, String team) {
        if (sql.update("UPDATE crm_lead_rotation SET turns = turns + 1 WHERE company_id = ? AND team_code = ?",
                companyId, team) == 0) {
            ensureRotation(companyId, team);
            sql.update("UPDATE crm_lead_rotation SET turns = turns + 1 WHERE company_id = ? AND team_code = ?",
                    companyId, team);
        }
        return sql.one("SELECT turns FROM crm_lead_rotation WHERE company_id = ? AND team_code = ?",
                rs -> rs.getLong(1), companyId, team).orElseThrow();
    }

    // ---------------------------------------------------------------- helpers

    private Validation checks(long companyId, LeadRuleInput in) {
        Validation v = new Validation();
        v.required("name", Reps.text(in.name())).maxLength("name", in.name(), 100)
                .maxLength("region", in.region(), 60).maxLength("industry", in.industry(), 60)
                .maxLength("source", in.source(), 60).maxLength("user", in.user(), 100).maxLength("team", in.team(), 32);
        String user = Reps.text(in.user());
        String team = Reps.text(in.team());
        if (user == null && team == null) {
            v.add("user", Text.of("give a user or a team to assign the leads to", "请指定分配给的用户或团队"));
        } else if (user != null && team != null) {
            v.add("team", Text.of("give a user or a team, not both", "用户和团队只能指定一个"));
        }
        Reps.check(v, "user", user, users);
        if (team != null && team.length() <= 32) {
            v.check(teams.findByCode(companyId, team).isPresent(), "team",
                    Text.of("there is no team {0}", "不存在团队 {0}", team));
        }
        v.check(in.position() == null || in.position() >= 1, "position", Text.of("must be 1 or more", "不能小于 1"));
        return v;
    }

    /** Puts the rule at {@code position} (1-based, clamped to the end) and renumbers all; {@code null} keeps its place. */
    private void move(long companyId, long id, Integer position) {
        List<Long> ids = new ArrayList<>(rules(companyId).stream().map(LeadRuleDto::id).toList());
        if (position != null) {
            ids.remove(id);
            ids.add(Math.min(position, ids.size() + 1) - 1, id);
        }
        renumber(companyId, ids);
    }

    private void renumber(long companyId, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            sql.update("UPDATE crm_lead_rule SET position = ? WHERE id = ? AND company_id = ?", i + 1, ids.get(i),
                    companyId);
        }
    }

    private void ensureRotation(long companyId, String team) {
        if (team != null && sql.one("SELECT 1 FROM crm_lead_rotation WHERE company_id = ? AND team_code = ?",
                rs -> 1, companyId, team).isEmpty()) {
            sql.update("INSERT INTO crm_lead_rotation (company_id, team_code, turns) VALUES (?, ?, 0)", companyId, team);
        }
    }

    private Optional<String> defaultOwner(long companyId) {
        return sql.one("SELECT default_owner FROM crm_lead_routing WHERE company_id = ?", rs -> rs.getString(1),
                companyId).filter(o -> o != null && !o.isBlank());
    }

    private List<LeadRuleDto> rules(long companyId) {
        return sql.list(SELECT + " WHERE company_id = ? ORDER BY position, id", LeadRuleService::row, companyId);
    }

    private Optional<LeadRuleDto> rule(long id) {
        return sql.one(SELECT + " WHERE id = ?", LeadRuleService::row, id);
    }

    private LeadRuleDto existing(long id) {
        return rule(id).orElseThrow(() -> new NotFoundException(Text.of("There is no assignment rule {0}",
                "不存在分配规则 {0}", String.valueOf(id))));
    }

    private static LeadRuleDto row(ResultSet rs) throws SQLException {
        return new LeadRuleDto(rs.getLong("id"), rs.getLong("company_id"), rs.getInt("position"), rs.getString("name"),
                rs.getString("region"), rs.getString("industry"), rs.getString("source"), rs.getString("target_user"),
                rs.getString("target_team"), rs.getBoolean("active"));
    }

    private static Object nullable(String s) {
        String t = Reps.text(s);
        return t == null ? Sql.Null.VARCHAR : t;
    }
}
