package io.tangram.crm.impl.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.pipeline.OpportunityInput;
import io.tangram.crm.api.pipeline.OpportunityQuery;
import io.tangram.crm.api.pipeline.OpportunityStatus;
import io.tangram.crm.api.pipeline.PipelineStageDto;
import io.tangram.crm.api.pipeline.StageChangeDto;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.Visibility;
import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
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
 * Opportunities in {@code crm_opportunity}, every stage change in {@code crm_opportunity_stage_change}.
 * Status follows the stage: a won stage wins, a lost stage loses, and a closed opportunity stays
 * closed. A caller sees the opportunities whose owner {@link Visibility} lets them see.
 */
@Component(service = {Opportunities.class, OpportunityService.class})
public class OpportunityService implements Opportunities {
    private static final String SELECT = "SELECT o.id, o.company_id, o.customer_id, c.name AS customer_name, o.name,"
            + " s.code AS stage_code, s.name AS stage_name, s.probability, o.amount, o.currency, o.expected_close_date,"
            + " o.owner, o.campaign_id, o.lead_id, o.status, o.created_at, o.closed_at FROM crm_opportunity o"
            + " JOIN crm_pipeline_stage s ON s.id = o.stage_id JOIN crm_customer c ON c.party_id = o.customer_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final CustomerService customers;
    private final StageService stages;
    private final CompanyService companies;
    private final UserDirectory users;
    private final Clock clock;

    @Activate
    public OpportunityService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                              @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                              @Reference Transactions tx, @Reference AuditLog audit,
                              @Reference CustomerService customers, @Reference StageService stages,
                              @Reference CompanyService companies, @Reference UserDirectory users) {
        this(dataSource, tx, audit, customers, stages, companies, users, Clock.systemDefaultZone());
    }

    OpportunityService(DataSource dataSource, Transactions tx, AuditLog audit, CustomerService customers,
                       StageService stages, CompanyService companies, UserDirectory users, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.customers = customers;
        this.stages = stages;
        this.companies = companies;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public OpportunityDto create(OpportunityInput input) {
        CallContext.require(PipelinePermissions.OPPORTUNITY_WRITE);
        OpportunityInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        List<PipelineStageDto> pipeline = stages.stages(companyId);
        Validation v = new Validation();
        v.required("customerId", in.customerId()).required("name", blank(in.name()));
        Optional<CustomerDto> customer = in.customerId() == null ? Optional.empty()
                : customers.find(in.customerId()).filter(c -> c.companyId() == companyId);
        v.check(in.customerId() == null || customer.isPresent(), "customerId",
                Text.of("there is no customer {0} you can see", "不存在您可查看的客户 {0}", in.customerId()));
        PipelineStageDto stage = in.stageCode() == null || in.stageCode().isBlank()
                ? pipeline.stream().filter(s -> !s.closedWon() && !s.closedLost()).findFirst().orElseThrow()
                : stageOf(pipeline, in.stageCode(), v);
        v.check(stage == null || !stage.closedWon() && !stage.closedLost(), "stageCode",
                Text.of("a new opportunity starts in an open stage, not a won or lost one",
                        "新商机必须从进行中的阶段开始，不能是赢单或输单阶段"));
        String owner = blank(in.owner()) == null ? customer.map(CustomerDto::owner).orElse(null) : in.owner().strip();
        fieldChecks(v, in, companyId, blank(in.owner()));
        v.throwIfInvalid();
        BigDecimal amount = amount(in.amount());
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO crm_opportunity (company_id, customer_id, name, stage_id, amount, currency,"
                    + " expected_close_date, owner, campaign_id, lead_id, status, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, in.customerId(), in.name().strip(),
                    stage.id(), amount, companies.get(companyId).currency(), Sql.orNull(in.expectedCloseDate()), owner,
                    Sql.orNull(in.campaignId()), Sql.orNull(in.leadId()), OpportunityStatus.OPEN,
                    CallContext.actorName(), now, now);
            recordChange(id, null, stage.code(), now, null);
            customers.recordOpportunity(in.customerId());
            OpportunityDto created = load(id).orElseThrow();
            audit.record("crm", "create", "opportunity", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    @Override
    public OpportunityDto get(long id) {
        CallContext.require(PipelinePermissions.OPPORTUNITY_READ);
        return visible(id);
    }

    @Override
    public List<OpportunityDto> list(long companyId, Long customerId, OpportunityStatus status) {
        CallContext.require(PipelinePermissions.OPPORTUNITY_READ);
        return query(companyId, new OpportunityQuery(customerId, status, null, null, null));
    }

    @Override
    public Page<OpportunityDto> search(long companyId, OpportunityQuery query, PageRequest page) {
        CallContext.require(PipelinePermissions.OPPORTUNITY_READ);
        List<OpportunityDto> all = query(companyId, query == null ? new OpportunityQuery(null, null, null, null, null)
                : query);
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size(), page.offset(),
                page.limit());
    }

    @Override
    public OpportunityDto update(long id, OpportunityInput input) {
        CallContext.require(PipelinePermissions.OPPORTUNITY_WRITE);
        OpportunityInput in = Params.require(input);
        OpportunityDto before = visible(id);
        requireOpen(before);
        Validation v = new Validation();
        v.check(in.customerId() == null || in.customerId() == before.customerId(), "customerId",
                Text.of("an opportunity stays with its customer", "商机不能换客户"));
        v.check(in.name() == null || !in.name().isBlank(), "name", Text.of("is required", "必填"));
        String owner = blank(in.owner()) == null ? before.owner() : in.owner().strip();
        fieldChecks(v, in, before.companyId(), blank(in.owner()));
        boolean moves = in.stageCode() != null && !in.stageCode().isBlank()
                && !in.stageCode().strip().equals(before.stageCode());
        PipelineStageDto stage = moves ? stageOf(stages.stages(before.companyId()), in.stageCode(), v) : null;
        v.throwIfInvalid();
        return tx.required(() -> {
            sql.update("UPDATE crm_opportunity SET name = ?, amount = ?, expected_close_date = ?, owner = ?,"
                    + " campaign_id = ?, updated_at = ? WHERE id = ?",
                    in.name() == null ? before.name() : in.name().strip(),
                    in.amount() == null ? before.amount() : amount(in.amount()),
                    Sql.orNull(in.expectedCloseDate() == null ? before.expectedCloseDate() : in.expectedCloseDate()),
                    owner, Sql.orNull(in.campaignId() == null ? before.campaignId() : in.campaignId()), clock.instant(),
                    id);
            OpportunityDto updated = load(id).orElseThrow();
            audit.record("crm", "update", "opportunity", String.valueOf(id), JsonText.write(updated));
            return moves ? moveTo(updated, stage, null) : updated;
        });
    }

    @Override
    public OpportunityDto move(long id, String stageCode, String note) {
        CallContext.require(PipelinePermissions.OPPORTUNITY_WRITE);
        OpportunityDto before = visible(id);
        Validation v = new Validation();
        v.required("stageCode", blank(stageCode)).maxLength("note", blank(note), 300);
        PipelineStageDto stage = blank(stageCode) == null ? null : stageOf(stages.stages(before.companyId()), stageCode, v);
        v.throwIfInvalid();
        return tx.required(() -> moveTo(before, stage, blank(note)));
    }

    @Override
    public OpportunityDto win(long id, String note) {
        OpportunityDto before = get(id);
        PipelineStageDto won = stages.stages(before.companyId()).stream().filter(PipelineStageDto::closedWon)
                .findFirst().orElseThrow();
        return move(id, won.code(), note);
    }

    @Override
    public OpportunityDto lose(long id, String reason) {
        OpportunityDto before = get(id);
        PipelineStageDto lost = stages.stages(before.companyId()).stream().filter(PipelineStageDto::closedLost)
                .findFirst().orElseThrow();
        if (blank(reason) == null) {
            throw ValidationException.of("reason", Text.of("is required to lose an opportunity", "输单必须填写原因"));
        }
        return move(id, lost.code(), reason);
    }

    @Override
    public List<StageChangeDto> history(long id) {
        get(id);
        return sql.list("SELECT id, opportunity_id, from_stage, to_stage, changed_at, changed_by, note"
                + " FROM crm_opportunity_stage_change WHERE opportunity_id = ? ORDER BY changed_at, id",
                rs -> new StageChangeDto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Sql.instant(rs, "changed_at"), rs.getString(6), rs.getString(7)), id);
    }

    // ---------------------------------------------------------------- kept by the module

    /** The opportunity whatever the caller's scope. */
    public Optional<OpportunityDto> load(long id) {
        return sql.one(SELECT + " WHERE o.id = ?", OpportunityService::row, id);
    }

    // ---------------------------------------------------------------- helpers

    private OpportunityDto moveTo(OpportunityDto before, PipelineStageDto stage, String note) {
        requireOpen(before);
        if (stage.code().equals(before.stageCode())) {
            throw new ConflictException(Text.of("Opportunity {0} is already in stage {1}", "商机 {0} 已处于阶段 {1}",
                    before.id(), stage.code()));
        }
        if (stage.closedLost() && note == null) {
            throw ValidationException.of("note", Text.of("a reason is required to lose an opportunity",
                    "输单必须填写原因"));
        }
        OpportunityStatus status = stage.closedWon() ? OpportunityStatus.WON
                : stage.closedLost() ? OpportunityStatus.LOST : OpportunityStatus.OPEN;
        Instant now = clock.instant();
        int changed = sql.update("UPDATE crm_opportunity SET stage_id = ?, status = ?, close_note = ?, closed_at = ?,"
                + " updated_at = ? WHERE id = ? AND status = ? AND stage_id = (SELECT id FROM crm_pipeline_stage"
                + " WHERE company_id = ? AND code = ?)", stage.id(), status,
                status == OpportunityStatus.OPEN ? Sql.Null.VARCHAR : Objects.requireNonNullElse(note, ""),
                status == OpportunityStatus.OPEN ? Sql.Null.TIMESTAMP : now, now, before.id(), OpportunityStatus.OPEN,
                before.companyId(), before.stageCode());
        if (changed == 0) {
            throw new ConflictException(Text.of("Opportunity {0} was changed by someone else meanwhile; reload it and"
                    + " try again", "商机 {0} 刚被其他人修改，请刷新后重试", before.id()));
        }
        recordChange(before.id(), before.stageCode(), stage.code(), now, note);
        OpportunityDto after = load(before.id()).orElseThrow();
        String action = switch (status) {
            case WON -> "win";
            case LOST -> "lose";
            case OPEN -> "move";
        };
        audit.record("crm", action, "opportunity", String.valueOf(before.id()), JsonText.object("from",
                before.stageCode(), "to", stage.code(), "note", note, "amount", after.amount()));
        return after;
    }

    private void recordChange(long id, String from, String to, Instant at, String note) {
        sql.insert("INSERT INTO crm_opportunity_stage_change (opportunity_id, from_stage, to_stage, changed_at,"
                + " changed_by, note) VALUES (?, ?, ?, ?, ?, ?)", id, from == null ? Sql.Null.VARCHAR : from, to, at,
                CallContext.actorName(), note == null ? Sql.Null.VARCHAR : note);
    }

    private List<OpportunityDto> query(long companyId, OpportunityQuery q) {
        Visibility visibility = Visibility.current(sql, companyId);
        StringBuilder where = new StringBuilder(" WHERE o.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (q.customerId() != null) {
            where.append(" AND o.customer_id = ?");
            args.add(q.customerId());
        }
        if (q.status() != null) {
            where.append(" AND o.status = ?");
            args.add(q.status().name());
        }
        if (blank(q.owner()) != null) {
            where.append(" AND o.owner = ?");
            args.add(q.owner().strip());
        }
        if (blank(q.stageCode()) != null) {
            where.append(" AND s.code = ?");
            args.add(q.stageCode().strip().toUpperCase(Locale.ROOT));
        }
        if (q.campaignId() != null) {
            where.append(" AND o.campaign_id = ?");
            args.add(q.campaignId());
        }
        where.append(visibility.filter("o.owner"));
        args.addAll(visibility.args());
        return sql.list(SELECT + where + " ORDER BY o.created_at DESC, o.id DESC", OpportunityService::row,
                args.toArray());
    }

    private OpportunityDto visible(long id) {
        return load(id).filter(o -> Visibility.current(sql, o.companyId()).sees(o.owner()))
                .orElseThrow(() -> new NotFoundException(Text.of("There is no opportunity {0}", "不存在商机 {0}", id)));
    }

    private static void requireOpen(OpportunityDto o) {
        if (o.status() != OpportunityStatus.OPEN) {
            throw new ConflictException(o.status() == OpportunityStatus.WON
                    ? Text.of("Opportunity {0} is already won and cannot change", "商机 {0} 已赢单，不能再修改", o.id())
                    : Text.of("Opportunity {0} is already lost and cannot change", "商机 {0} 已输单，不能再修改", o.id()));
        }
    }

    private static PipelineStageDto stageOf(List<PipelineStageDto> pipeline, String code, Validation v) {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        Optional<PipelineStageDto> stage = pipeline.stream().filter(s -> s.code().equals(wanted)).findFirst();
        v.check(stage.isPresent(), "stageCode", Text.of("there is no stage {0}", "不存在阶段 {0}", wanted));
        return stage.orElse(null);
    }

    /** Checks the fields create and update share; {@code owner} only when one was typed. */
    private void fieldChecks(Validation v, OpportunityInput in, long companyId, String owner) {
        v.maxLength("name", blank(in.name()), 200).notNegative("amount", in.amount());
        v.check(in.amount() == null || in.amount().stripTrailingZeros().scale() <= 2, "amount",
                Text.of("at most 2 decimals", "最多 2 位小数"));
        v.check(in.amount() == null || in.amount().abs().compareTo(new BigDecimal("1000000000000")) < 0, "amount",
                Text.of("is too large", "金额过大"));
        if (owner != null) {
            boolean known = owner.equals(CallContext.actorName())
                    || users.users().stream().anyMatch(u -> u.username().equals(owner));
            v.check(known, "owner", Text.of("{0} is not a user", "{0} 不是系统用户", owner));
        }
        if (in.campaignId() != null) {
            boolean exists = sql.one("SELECT 1 FROM crm_campaign WHERE id = ? AND company_id = ?", rs -> 1,
                    in.campaignId(), companyId).isPresent();
            v.check(exists, "campaignId", Text.of("there is no campaign {0}", "不存在营销活动 {0}", in.campaignId()));
        }
    }

    private static BigDecimal amount(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static OpportunityDto row(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        int probability = rs.getInt("probability");
        return new OpportunityDto(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("customer_id"),
                rs.getString("customer_name"), rs.getString("name"), rs.getString("stage_code"),
                rs.getString("stage_name"), probability, amount, Forecast.weighted(amount, probability),
                rs.getString("currency"), Sql.date(rs, "expected_close_date"), rs.getString("owner"),
                Sql.nullableLong(rs, "campaign_id"), Sql.nullableLong(rs, "lead_id"),
                OpportunityStatus.valueOf(rs.getString("status")), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "closed_at"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
