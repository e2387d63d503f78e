package io.tangram.crm.impl.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.campaign.CampaignDto;
import io.tangram.crm.api.campaign.CampaignInput;
import io.tangram.crm.api.campaign.CampaignRecipientDto;
import io.tangram.crm.api.campaign.CampaignResponseInput;
import io.tangram.crm.api.campaign.CampaignResults;
import io.tangram.crm.api.campaign.CampaignSendInput;
import io.tangram.crm.api.campaign.CampaignStatus;
import io.tangram.crm.api.campaign.CampaignChannel;
import io.tangram.crm.api.campaign.Campaigns;
import io.tangram.crm.api.campaign.SegmentDto;
import io.tangram.crm.api.campaign.SegmentMember;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.Visibility;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Campaigns in {@code crm_campaign}, their recipients in {@code crm_campaign_recipient}. Launching
 * snapshots the target segment's members the launching user can see; sends and responses are then
 * recorded per recipient. Results count the opportunities ({@code crm_opportunity.campaign_id}) and
 * the sales orders other than drafts and cancelled ones ({@code crm_sales_order.campaign_id})
 * attributed to the campaign.
 */
@Component(service = {Campaigns.class, CampaignService.class})
public class CampaignService implements Campaigns {
    private static final String SELECT = "SELECT k.id, k.company_id, k.name, k.channel, k.start_date, k.end_date,"
            + " k.budget, k.segment_id, g.name AS segment_name, k.status, k.launched_at, k.launched_by,"
            + " (SELECT COUNT(*) FROM crm_campaign_recipient r WHERE r.campaign_id = k.id) AS recipients,"
            + " k.created_by, k.created_at FROM crm_campaign k LEFT JOIN crm_segment g ON g.id = k.segment_id";
    private static final String RECIPIENTS = "SELECT r.campaign_id, r.customer_id, c.code, c.name, r.owner, r.sent_at,"
            + " r.responded, r.responded_at, r.response_note FROM crm_campaign_recipient r"
            + " JOIN crm_customer c ON c.party_id = r.customer_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final SegmentService segments;
    private final CompanyService companies;
    private final Clock clock;

    @Activate
    public CampaignService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference SegmentService segments,
                           @Reference CompanyService companies) {
        this(dataSource, tx, audit, segments, companies, Clock.systemDefaultZone());
    }

    CampaignService(DataSource dataSource, Transactions tx, AuditLog audit, SegmentService segments,
                    CompanyService companies, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.segments = segments;
        this.companies = companies;
        this.clock = clock;
    }

    @Override
    public CampaignDto create(CampaignInput input) {
        CallContext.require(CampaignPermissions.CAMPAIGN_WRITE);
        CampaignInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        checks(in, companyId).throwIfInvalid();
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO crm_campaign (company_id, name, channel, start_date, end_date, budget,"
                    + " segment_id, status, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    companyId, in.name().strip(), in.channel(), in.startDate(), in.endDate(),
                    in.budget().setScale(2, RoundingMode.UNNECESSARY), Sql.orNull(in.segmentId()),
                    CampaignStatus.PLANNED, CallContext.actorName(), now, now);
            CampaignDto created = load(id).orElseThrow();
            audit.record("crm", "create", "campaign", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    @Override
    public CampaignDto update(long id, CampaignInput input) {
        CallContext.require(CampaignPermissions.CAMPAIGN_WRITE);
        CampaignInput in = Params.require(input);
        CampaignDto before = get(id);
        checks(in, before.companyId()).throwIfInvalid();
        if (before.status() != CampaignStatus.PLANNED && !Objects.equals(in.segmentId(), before.segmentId())) {
            throw new ConflictException(Text.of("Campaign {0} is launched: its recipients are fixed, so its segment"
                    + " cannot change", "营销活动 {0} 已发起，收件客户已确定，不能更换客户分群", before.name()));
        }
        return tx.required(() -> {
            sql.update("UPDATE crm_campaign SET name = ?, channel = ?, start_date = ?, end_date = ?, budget = ?,"
                    + " segment_id = ?, updated_at = ? WHERE id = ?", in.name().strip(), in.channel(), in.startDate(),
                    in.endDate(), in.budget().setScale(2, RoundingMode.UNNECESSARY), Sql.orNull(in.segmentId()),
                    clock.instant(), id);
            CampaignDto updated = load(id).orElseThrow();
            audit.record("crm", "update", "campaign", String.valueOf(id), JsonText.write(updated));
            return updated;
        });
    }

    @Override
    public CampaignDto get(long id) {
        CallContext.require(CampaignPermissions.CAMPAIGN_READ);
        return load(id).orElseThrow(() -> new NotFoundException(Text.of("There is no campaign {0}", "不存在营销活动 {0}", id)));
    }

    @Override
    public List<CampaignDto> list(long companyId) {
        CallContext.require(CampaignPermissions.CAMPAIGN_READ);
        return sql.list(SELECT + " WHERE k.company_id = ? ORDER BY k.start_date DESC, k.id DESC", this::row, companyId);
    }

    @Override
    public CampaignDto launch(long id) {
        CallContext.require(CampaignPermissions.CAMPAIGN_WRITE);
        CampaignDto campaign = get(id);
        if (campaign.status() == CampaignStatus.LAUNCHED) {
            throw new ConflictException(Text.of("Campaign {0} was already launched by {1}", "营销活动 {0} 已由 {1} 发起",
                    campaign.name(), campaign.launchedBy()));
        }
        if (campaign.segmentId() == null) {
            throw new ConflictException(Text.of("Campaign {0} has no target segment: choose one before launching it",
                    "营销活动 {0} 没有目标客户分群，请先选择", campaign.name()));
        }
        SegmentDto segment = segments.load(campaign.segmentId()).orElseThrow();
        List<SegmentMember> members = segments.evaluate(segment);
        if (members.isEmpty()) {
            throw new ConflictException(Text.of("Segment {0} has no customers you can see today: there is nobody to"
                    + " send campaign {1} to", "客户分群 {0} 目前没有您可查看的客户，营销活动 {1} 无人可发", segment.name(),
                    campaign.name()));
        }
        return tx.required(() -> {
            Instant now = clock.instant();
            if (sql.update("UPDATE crm_campaign SET status = ?, launched_at = ?, launched_by = ?, updated_at = ?"
                    + " WHERE id = ? AND status = ?", CampaignStatus.LAUNCHED, now, CallContext.actorName(), now, id,
                    CampaignStatus.PLANNED) == 0) {
                throw new ConflictException(Text.of("Campaign {0} was launched by someone else meanwhile",
                        "营销活动 {0} 刚被其他人发起", campaign.name()));
            }
            for (SegmentMember m : members) {
                sql.update("INSERT INTO crm_campaign_recipient (campaign_id, customer_id, owner, responded)"
                        + " VALUES (?, ?, ?, ?)", id, m.customerId(), m.owner(), false);
            }
            CampaignDto launched = load(id).orElseThrow();
            audit.record("crm", "launch", "campaign", String.valueOf(id), JsonText.object("segmentId", segment.id(),
                    "segment", segment.name(), "recipients", members.size()));
            return launched;
        });
    }

    @Override
    public List<CampaignRecipientDto> recipients(long id) {
        CampaignDto campaign = get(id);
        Visibility visibility = Visibility.current(sql, campaign.companyId());
        return sql.list(RECIPIENTS + " WHERE r.campaign_id = ?" + visibility.filter("r.owner") + " ORDER BY c.code",
                CampaignService::recipient, visibility.args(id));
    }

    @Override
    public List<CampaignRecipientDto> recordSends(long id, CampaignSendInput input) {
        CallContext.require(CampaignPermissions.CAMPAIGN_WRITE);
        CampaignSendInput in = Params.require(input);
        CampaignDto campaign = launched(id);
        boolean all = Boolean.TRUE.equals(in.all());
        List<Long> ids = in.customerIds() == null ? List.of() : in.customerIds();
        if (!all && ids.isEmpty()) {
            throw ValidationException.of("customerIds", Text.of("name the recipients, or send to all",
                    "请指定收件客户，或选择全部发送"));
        }
        Instant at = in.sentAt() == null ? clock.instant() : in.sentAt();
        return tx.required(() -> {
            List<CampaignRecipientDto> visible = recipients(id);
            Set<Long> targets = new LinkedHashSet<>();
            if (all) {
                visible.stream().filter(r -> r.sentAt() == null).forEach(r -> targets.add(r.customerId()));
            } else {
                for (Long customerId : ids) {
                    targets.add(recipientOf(visible, campaign, customerId).customerId());
                }
            }
            for (Long customerId : targets) {
                sql.update("UPDATE crm_campaign_recipient SET sent_at = ? WHERE campaign_id = ? AND customer_id = ?", at,
                        id, customerId);
            }
            audit.record("crm", "send", "campaign", String.valueOf(id), JsonText.object("sentAt", at, "customerIds",
                    targets));
            return recipients(id).stream().filter(r -> targets.contains(r.customerId())).toList();
        });
    }

    @Override
    public CampaignRecipientDto recordResponse(long id, CampaignResponseInput input) {
        CallContext.require(CampaignPermissions.CAMPAIGN_WRITE);
        CampaignResponseInput in = Params.require(input);
        new Validation().required("customerId", in.customerId()).maxLength("note", in.note(), 500).throwIfInvalid();
        CampaignDto campaign = launched(id);
        Instant at = in.respondedAt() == null ? clock.instant() : in.respondedAt();
        return tx.required(() -> {
            recipientOf(recipients(id), campaign, in.customerId());
            sql.update("UPDATE crm_campaign_recipient SET responded = ?, responded_at = ?, response_note = ?,"
                    + " sent_at = COALESCE(sent_at, ?) WHERE campaign_id = ? AND customer_id = ?", true, at,
                    in.note() == null || in.note().isBlank() ? Sql.Null.VARCHAR : in.note().strip(), at, id,
                    in.customerId());
            CampaignRecipientDto recorded = recipient(id, in.customerId()).orElseThrow();
            audit.record("crm", "response", "campaign", String.valueOf(id), JsonText.write(recorded));
            return recorded;
        });
    }

    @Override
    public CampaignResults results(long id) {
        CampaignDto c = get(id);
        record Counts(int recipients, int sent, int responses) {
        }
        Counts counts = sql.one("SELECT COUNT(*), SUM(CASE WHEN sent_at IS NULL THEN 0 ELSE 1 END),"
                + " SUM(CASE WHEN responded THEN 1 ELSE 0 END) FROM crm_campaign_recipient WHERE campaign_id = ?",
                rs -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)), id).orElseThrow();
        int opportunities = sql.one("SELECT COUNT(*) FROM crm_opportunity WHERE campaign_id = ?", rs -> rs.getInt(1), id)
                .orElse(0);
        record Orders(int count, BigDecimal revenue) {
        }
        Orders orders = sql.one("SELECT COUNT(*), SUM(o.total_net) FROM crm_sales_order o WHERE o.campaign_id = ?"
                + " AND o.status NOT IN ('DRAFT', 'CANCELLED')", rs -> new Orders(rs.getInt(1), rs.getBigDecimal(2)), id)
                .orElseThrow();
        BigDecimal revenue = orders.revenue() == null ? BigDecimal.ZERO.setScale(2) : orders.revenue().setScale(2);
        return new CampaignResults(c.id(), c.name(), c.currency(), counts.recipients(), counts.sent(),
                counts.responses(), CampaignMath.responseRate(counts.responses(), counts.sent()), opportunities,
                orders.count(), revenue, c.budget(), CampaignMath.costPerResponse(c.budget(), counts.responses()));
    }

    // ---------------------------------------------------------------- kept by the module

    /** The campaign whatever the caller's permissions. */
    public Optional<CampaignDto> load(long id) {
        return sql.one(SELECT + " WHERE k.id = ?", this::row, id);
    }

    // ---------------------------------------------------------------- helpers

    private CampaignDto launched(long id) {
        CampaignDto campaign = get(id);
        if (campaign.status() != CampaignStatus.LAUNCHED) {
            throw new ConflictException(Text.of("Campaign {0} is not launched yet: it has no recipients to send to",
                    "营销活动 {0} 尚未发起，还没有收件客户", campaign.name()));
        }
        return campaign;
    }

    private static CampaignRecipientDto recipientOf(List<CampaignRecipientDto> visible, CampaignDto campaign,
                                                    long customerId) {
        return visible.stream().filter(r -> r.customerId() == customerId).findFirst()
                .orElseThrow(() -> new ConflictException(Text.of("Customer {0} is not a recipient of campaign {1}",
                        "客户 {0} 不是营销活动 {1} 的收件客户", customerId, campaign.name())));
    }

    private Optional<CampaignRecipientDto> recipient(long campaignId, long customerId) {
        return sql.one(RECIPIENTS + " WHERE r.campaign_id = ? AND r.customer_id = ?", CampaignService::recipient,
                campaignId, customerId);
    }

    private Validation checks(CampaignInput in, long companyId) {
        Validation v = new Validation();
        v.required("name", in.name() == null ? null : in.name().strip()).maxLength("name", in.name(), 100)
                .required("channel", in.channel()).required("startDate", in.startDate())
                .required("endDate", in.endDate()).required("budget", in.budget()).notNegative("budget", in.budget());
        v.check(in.startDate() == null || in.endDate() == null || !in.endDate().isBefore(in.startDate()), "endDate",
                Text.of("must not be before the start date", "不能早于开始日期"));
        v.check(in.budget() == null || in.budget().stripTrailingZeros().scale() <= 2, "budget",
                Text.of("at most 2 decimals", "最多 2 位小数"));
        if (in.segmentId() != null) {
            boolean exists = sql.one("SELECT 1 FROM crm_segment WHERE id = ? AND company_id = ?", rs -> 1,
                    in.segmentId(), companyId).isPresent();
            v.check(exists, "segmentId", Text.of("there is no segment {0}", "不存在客户分群 {0}", in.segmentId()));
        }
        return v;
    }

    private CampaignDto row(ResultSet rs) throws SQLException {
        long companyId = rs.getLong("company_id");
        return new CampaignDto(rs.getLong("id"), companyId, rs.getString("name"),
                CampaignChannel.valueOf(rs.getString("channel")), Sql.date(rs, "start_date"), Sql.date(rs, "end_date"),
                rs.getBigDecimal("budget"), companies.get(companyId).currency(), Sql.nullableLong(rs, "segment_id"),
                rs.getString("segment_name"), CampaignStatus.valueOf(rs.getString("status")),
                Sql.instant(rs, "launched_at"), rs.getString("launched_by"), rs.getInt("recipients"),
                rs.getString("created_by"), Sql.instant(rs, "created_at"));
    }

    private static CampaignRecipientDto recipient(ResultSet rs) throws SQLException {
        return new CampaignRecipientDto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.instant(rs, "sent_at"), rs.getBoolean(7), Sql.instant(rs, "responded_at"), rs.getString(9));
    }
}
