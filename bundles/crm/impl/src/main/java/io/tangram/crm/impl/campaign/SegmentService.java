package io.tangram.crm.impl.campaign;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.LifecycleStage;
import io.tangram.crm.api.campaign.SegmentDto;
import io.tangram.crm.api.campaign.SegmentInput;
import io.tangram.crm.api.campaign.SegmentMember;
import io.tangram.crm.api.campaign.SegmentRule;
import io.tangram.crm.api.campaign.SegmentRuleKind;
import io.tangram.crm.api.campaign.Segments;
import io.tangram.crm.impl.CrmSettings;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.Visibility;
import io.tangram.crm.impl.customer.Lifecycle;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Segments in {@code crm_segment} with their rules. Membership is computed when asked: the facts of
 * the company's visible customers (profile, tags, orders that are neither drafts nor cancelled, and
 * their lines' product categories) are read in four queries and {@link SegmentRules} decides.
 */
@Component(service = {Segments.class, SegmentService.class})
public class SegmentService implements Segments {
    private static final String COUNTED_ORDER = "o.status NOT IN ('DRAFT', 'CANCELLED')";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final CrmSettings settings;
    private final Clock clock;

    @Activate
    public SegmentService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                          @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                          @Reference Transactions tx, @Reference AuditLog audit, @Reference CrmSettings settings) {
        this(dataSource, tx, audit, settings, Clock.systemDefaultZone());
    }

    SegmentService(DataSource dataSource, Transactions tx, AuditLog audit, CrmSettings settings, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SegmentDto create(SegmentInput input) {
        CallContext.require(CampaignPermissions.SEGMENT_WRITE);
        SegmentInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        List<SegmentRule> rules = checked(in);
        return tx.required(() -> {
            nameFree(companyId, in.name().strip(), null);
            Instant now = clock.instant();
            long id;
            try {
                id = sql.insert("INSERT INTO crm_segment (company_id, name, description, created_by, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?)", companyId, in.name().strip(), nullable(in.description()),
                        CallContext.actorName(), now, now);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(taken(in.name().strip()));
            }
            writeRules(id, rules);
            SegmentDto created = load(id).orElseThrow();
            audit.record("crm", "create", "segment", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    @Override
    public SegmentDto update(long id, SegmentInput input) {
        CallContext.require(CampaignPermissions.SEGMENT_WRITE);
        SegmentInput in = Params.require(input);
        SegmentDto before = get(id);
        List<SegmentRule> rules = checked(in);
        return tx.required(() -> {
            nameFree(before.companyId(), in.name().strip(), id);
            sql.update("UPDATE crm_segment SET name = ?, description = ?, updated_at = ? WHERE id = ?", in.name().strip(),
                    nullable(in.description()), clock.instant(), id);
            sql.update("DELETE FROM crm_segment_rule WHERE segment_id = ?", id);
            writeRules(id, rules);
            SegmentDto updated = load(id).orElseThrow();
            audit.record("crm", "update", "segment", String.valueOf(id), JsonText.write(updated));
            return updated;
        });
    }

    @Override
    public SegmentDto get(long id) {
        CallContext.require(CampaignPermissions.SEGMENT_READ);
        return load(id).orElseThrow(() -> new NotFoundException(Text.of("There is no segment {0}", "不存在客户分群 {0}", id)));
    }

    @Override
    public List<SegmentDto> list(long companyId) {
        CallContext.require(CampaignPermissions.SEGMENT_READ);
        return sql.list("SELECT id FROM crm_segment WHERE company_id = ? ORDER BY name", rs -> rs.getLong(1), companyId)
                .stream().map(id -> load(id).orElseThrow()).toList();
    }

    @Override
    public void delete(long id) {
        CallContext.require(CampaignPermissions.SEGMENT_WRITE);
        SegmentDto segment = get(id);
        tx.required(() -> {
            List<String> campaigns = sql.list("SELECT name FROM crm_campaign WHERE segment_id = ? ORDER BY id",
                    rs -> rs.getString(1), id);
            if (!campaigns.isEmpty()) {
                throw new ConflictException(Text.of("Segment {0} is the target of campaign {1}; it cannot be deleted",
                        "客户分群 {0} 是营销活动 {1} 的目标，不能删除", segment.name(), campaigns.get(0)));
            }
            sql.update("DELETE FROM crm_segment_rule WHERE segment_id = ?", id);
            sql.update("DELETE FROM crm_segment WHERE id = ?", id);
            audit.record("crm", "delete", "segment", String.valueOf(id), JsonText.write(segment));
            return null;
        });
    }

    @Override
    public Page<SegmentMember> members(long id, PageRequest page) {
        SegmentDto segment = get(id);
        List<SegmentMember> all = evaluate(segment);
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size(), page.offset(),
                page.limit());
    }

    // ---------------------------------------------------------------- kept by the module

    /** The segment whatever the caller's permissions. */
    public Optional<SegmentDto> load(long id) {
        List<SegmentRule> rules = sql.list("SELECT kind, text_value, days, amount FROM crm_segment_rule"
                + " WHERE segment_id = ? ORDER BY position", SegmentService::rule, id);
        return sql.one("SELECT id, company_id, name, description, created_by, created_at FROM crm_segment WHERE id = ?",
                rs -> new SegmentDto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rules,
                        rs.getString(5), Sql.instant(rs, "created_at")), id);
    }

    /** The customers visible to the caller who match every rule of the segment today, by code. */
    public List<SegmentMember> evaluate(SegmentDto segment) {
        long companyId = segment.companyId();
        LocalDate today = LocalDate.now(clock);
        Visibility visibility = Visibility.current(sql, companyId);
        record Customer(long id, String code, String name, String owner, String industry, String region,
                        LifecycleStage stage) {
        }
        int dormantAfter = settings.dormantAfterDays();
        List<Customer> customers = sql.list("SELECT c.party_id, c.code, c.name, c.owner, c.industry, c.region,"
                + " c.order_count, c.has_opportunity, c.last_order_on, c.last_activity_on FROM crm_customer c"
                + " WHERE c.company_id = ?" + visibility.filter("c.owner") + " ORDER BY c.code",
                rs -> new Customer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), Lifecycle.stage(rs.getInt(7), rs.getBoolean(8), Sql.date(rs, "last_order_on"),
                                Sql.date(rs, "last_activity_on"), today, dormantAfter)),
                visibility.args(companyId));
        Map<Long, Set<String>> tags = new HashMap<>();
        sql.list("SELECT t.party_id, t.tag FROM crm_customer_tag t JOIN crm_customer c ON c.party_id = t.party_id"
                + " WHERE c.company_id = ?", rs -> Map.entry(rs.getLong(1), rs.getString(2)), companyId)
                .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        Map<Long, List<SegmentRules.OrderFact>> orders = orders(companyId, segment.rules());
        return customers.stream()
                .filter(c -> SegmentRules.matches(segment.rules(), new SegmentRules.CustomerFacts(c.id(),
                        tags.getOrDefault(c.id(), Set.of()), c.industry(), c.region(), c.stage(),
                        orders.getOrDefault(c.id(), List.of())), today))
                .map(c -> new SegmentMember(c.id(), c.code(), c.name(), c.owner(), c.stage()))
                .toList();
    }

    // ---------------------------------------------------------------- helpers

    /** The counted orders of the company's customers with their categories, only when a rule looks at orders. */
    private Map<Long, List<SegmentRules.OrderFact>> orders(long companyId, List<SegmentRule> rules) {
        boolean needed = rules.stream().anyMatch(r -> r.kind() == SegmentRuleKind.BOUGHT_CATEGORY_WITHIN_DAYS
                || r.kind() == SegmentRuleKind.NO_ORDER_FOR_DAYS || r.kind() == SegmentRuleKind.MIN_REVENUE_WITHIN_DAYS);
        if (!needed) {
            return Map.of();
        }
        record Order(long id, long customerId, LocalDate date, BigDecimal net) {
        }
        List<Order> list = sql.list("SELECT o.id, o.customer_id, o.order_date, o.total_net FROM crm_sales_order o"
                + " WHERE o.company_id = ? AND " + COUNTED_ORDER, rs -> new Order(rs.getLong(1), rs.getLong(2),
                        Sql.date(rs, "order_date"), rs.getBigDecimal(4)), companyId);
        Map<Long, Set<String>> categories = new HashMap<>();
        sql.list("SELECT DISTINCT l.order_id, l.product_category FROM crm_sales_order_line l JOIN crm_sales_order o"
                + " ON o.id = l.order_id WHERE o.company_id = ? AND l.product_category IS NOT NULL AND " + COUNTED_ORDER,
                rs -> Map.entry(rs.getLong(1), rs.getString(2)), companyId)
                .forEach(e -> categories.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        Map<Long, List<SegmentRules.OrderFact>> out = new HashMap<>();
        for (Order o : list) {
            out.computeIfAbsent(o.customerId(), k -> new ArrayList<>()).add(new SegmentRules.OrderFact(o.date(), o.net(),
                    categories.getOrDefault(o.id(), Set.of())));
        }
        return out;
    }

    private static List<SegmentRule> checked(SegmentInput in) {
        Validation v = new Validation();
        v.required("name", in.name()).maxLength("name", in.name() == null ? null : in.name().strip(), 100)
                .maxLength("description", in.description(), 500);
        List<SegmentRule> rules = SegmentRules.checked(in.rules(), v);
        v.throwIfInvalid();
        return rules;
    }

    private void nameFree(long companyId, String name, Long except) {
        boolean taken = sql.one("SELECT id FROM crm_segment WHERE company_id = ? AND name = ?", rs -> rs.getLong(1),
                companyId, name).filter(found -> !found.equals(except)).isPresent();
        if (taken) {
            throw new ConflictException(taken(name));
        }
    }

    private static Text taken(String name) {
        return Text.of("There is already a segment named {0}", "已有名为 {0} 的客户分群", name);
    }

    private void writeRules(long segmentId, List<SegmentRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            SegmentRule r = rules.get(i);
            sql.update("INSERT INTO crm_segment_rule (segment_id, position, kind, text_value, days, amount)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", segmentId, i, r.kind(), r.value() == null ? Sql.Null.VARCHAR : r.value(),
                    r.days() == null ? new Sql.Null(Types.INTEGER) : r.days(), Sql.orNull(r.amount()));
        }
    }

    private static SegmentRule rule(ResultSet rs) throws SQLException {
        int days = rs.getInt("days");
        Integer d = rs.wasNull() ? null : days;
        return new SegmentRule(SegmentRuleKind.valueOf(rs.getString("kind")), rs.getString("text_value"), d,
                rs.getBigDecimal("amount"));
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }
}
