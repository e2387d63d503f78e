package io.tangram.crm.impl.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.campaign.CampaignChannel;
import io.tangram.crm.api.campaign.CampaignDto;
import io.tangram.crm.api.campaign.CampaignInput;
import io.tangram.crm.api.campaign.CampaignRecipientDto;
import io.tangram.crm.api.campaign.CampaignResponseInput;
import io.tangram.crm.api.campaign.CampaignResults;
import io.tangram.crm.api.campaign.CampaignSendInput;
import io.tangram.crm.api.campaign.CampaignStatus;
import io.tangram.crm.api.campaign.SegmentDto;
import io.tangram.crm.api.campaign.SegmentInput;
import io.tangram.crm.api.campaign.SegmentMember;
import io.tangram.crm.api.campaign.SegmentRule;
import io.tangram.crm.api.campaign.SegmentRuleKind;
import io.tangram.crm.api.pipeline.OpportunityInput;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.pipeline.OpportunityService;
import io.tangram.crm.impl.pipeline.StageService;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

class CampaignServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    private CrmDatabase db;
    private SegmentService segments;
    private CampaignService campaigns;
    private OpportunityService opportunities;
    private int orderNumbers;

    @BeforeEach
    void setUp() {
        db = new CrmDatabase();
        segments = new SegmentService(db.dataSource, db.tx, db.audit, db.settings, CLOCK);
        campaigns = new CampaignService(db.dataSource, db.tx, db.audit, segments, db.companies, CLOCK);
        StageService stages = new StageService(null, db.dataSource, db.tx, db.audit);
        opportunities = new OpportunityService(null, db.dataSource, db.tx, db.audit, db.customers, stages, db.companies,
                db.users);
        CallContext.bind(CrmDatabase.ADMIN);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
    }

    private CustomerDto customer(String code, String owner, String... tags) {
        return db.customers.create(new CustomerInput(null, null, code, code + " Ltd", null, null, owner, List.of(tags),
                null, "retail", "East", null, null));
    }

    /** A sales order of one line, as the sales service would have stored it. */
    private long order(CustomerDto c, String status, int daysAgo, String net, String category, Long campaignId) {
        long id = db.sql.insert("INSERT INTO crm_sales_order (company_id, number, customer_id, owner, status, order_date,"
                + " campaign_id, currency, total_net, total_tax, total, invoiced, paid, created_by, created_at, updated_at)"
                + " VALUES (1, ?, ?, ?, ?, ?, ?, 'CNY', ?, 0, ?, 0, 0, 'test', ?, ?)", "SO" + (++orderNumbers),
                c.partyId(), c.owner(), status, TODAY.minusDays(daysAgo), campaignId == null ? null : campaignId,
                new BigDecimal(net), new BigDecimal(net), Instant.now(), Instant.now());
        db.sql.insert("INSERT INTO crm_sales_order_line (order_id, line_no, product_id, product_code, product_category,"
                + " stocked, description, quantity, unit_price, discount_percent, net_unit_price, tax_rate, net_amount,"
                + " tax_amount, price_source, reserved, shipped, invoiced) VALUES (?, 1, 7, 'P7', ?, ?, 'goods', 1, ?, 0,"
                + " ?, 0, ?, 0, 'LIST', 0, 0, 0)", id, category, true, new BigDecimal(net), new BigDecimal(net),
                new BigDecimal(net));
        return id;
    }

    private static SegmentRule rule(SegmentRuleKind kind, String value, Integer days, String amount) {
        return new SegmentRule(kind, value, days, amount == null ? null : new BigDecimal(amount));
    }

    private List<String> members(SegmentDto s) {
        return segments.members(s.id(), new PageRequest(0, 50)).items().stream().map(SegmentMember::code).toList();
    }

    @Test
    void membersAreTheCustomersWhoseConfirmedOrdersAndProfileMatchEveryRule() {
        CustomerDto a = customer("A", "li.na", "vip");
        CustomerDto b = customer("B", "li.na", "vip");
        CustomerDto c = customer("C", "li.na", "VIP");
        CustomerDto d = customer("D", "li.na");
        CustomerDto e = customer("E", "zhang.wei", "vip");
        order(a, "CONFIRMED", 89, "100.00", "Tea", null);
        order(b, "CANCELLED", 89, "100.00", "Tea", null);
        order(c, "SHIPPED", 91, "100.00", "Tea", null);
        order(d, "PAID", 10, "100.00", "Tea", null);
        order(e, "DRAFT", 5, "100.00", "Tea", null);
        SegmentDto teaVip = segments.create(new SegmentInput(null, "VIP tea buyers", null, List.of(
                rule(SegmentRuleKind.BOUGHT_CATEGORY_WITHIN_DAYS, "Tea", 90, null),
                rule(SegmentRuleKind.TAG, "vip", null, null))));
        // A: tea 89 days ago, vip. B: cancelled. C: 91 days ago. D: not vip. E: a draft is not an order.
        assertEquals(List.of("A"), members(teaVip));

        CustomerDto f = customer("F", "li.na");
        order(f, "CONFIRMED", 200, "3000.00", "Coffee", null);
        order(f, "CANCELLED", 20, "3000.00", "Coffee", null);
        SegmentDto dormant = segments.create(new SegmentInput(null, "Dormant", "win them back", List.of(
                rule(SegmentRuleKind.NO_ORDER_FOR_DAYS, null, 180, null))));
        // F last ordered 200 days ago (the cancelled order does not count); C 91, B only a cancelled order,
        // E only a draft: never ordered customers are not dormant
        assertEquals(List.of("F"), members(dormant));

        SegmentDto big = segments.create(new SegmentInput(null, "Big spenders", null, List.of(
                rule(SegmentRuleKind.MIN_REVENUE_WITHIN_DAYS, null, 365, "3000.00"))));
        assertEquals(List.of("F"), members(big), "F: 3000.00 confirmed within 365 days ≥ 3000.00");

        // li.na sees only her customers: E (zhang.wei's) is never listed for her
        CallContext.bind(new Caller("li.na", Set.of("rep"), Set.of(CampaignPermissions.SEGMENT_READ)));
        SegmentDto vipOnly = segments.load(teaVip.id()).orElseThrow();
        assertEquals(List.of("A", "B", "C"), segments.evaluate(new SegmentDto(vipOnly.id(), vipOnly.companyId(),
                vipOnly.name(), null, List.of(rule(SegmentRuleKind.TAG, "vip", null, null)), null, null)).stream()
                .map(SegmentMember::code).toList());
    }

    @Test
    void segmentInputIsCheckedAndNamesAreUnique() {
        ValidationException e = assertThrows(ValidationException.class, () -> segments.create(new SegmentInput(null, " ",
                null, List.of())));
        assertEquals(Set.of("name", "rules"), Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
        segments.create(new SegmentInput(null, "East", null, List.of(rule(SegmentRuleKind.REGION, "East", null, null))));
        assertThrows(ConflictException.class, () -> segments.create(new SegmentInput(null, "East", null,
                List.of(rule(SegmentRuleKind.REGION, "East", null, null)))));
    }

    @Test
    void aLaunchedCampaignCountsSendsResponsesAndTheOrdersAttributedToIt() {
        CustomerDto a = customer("A", "li.na", "vip");
        CustomerDto b = customer("B", "zhang.wei", "vip");
        CustomerDto c = customer("C", "li.na", "vip");
        customer("D", "li.na");
        SegmentDto vip = segments.create(new SegmentInput(null, "VIP", null, List.of(rule(SegmentRuleKind.TAG, "vip",
                null, null))));
        CampaignDto planned = campaigns.create(new CampaignInput(null, "Spring tea", CampaignChannel.WECHAT,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), new BigDecimal("1000.00"), vip.id()));
        assertEquals(CampaignStatus.PLANNED, planned.status());
        assertThrows(ConflictException.class, () -> campaigns.recordResponse(planned.id(),
                new CampaignResponseInput(a.partyId(), null, null)), "not launched yet");

        CampaignDto launched = campaigns.launch(planned.id());
        assertEquals(CampaignStatus.LAUNCHED, launched.status());
        assertEquals(3, launched.recipients());
        assertThrows(ConflictException.class, () -> campaigns.launch(planned.id()));
        // a customer tagged later is not a recipient: the list was fixed at launch
        CustomerDto late = customer("E", "li.na", "vip");
        assertThrows(ConflictException.class, () -> campaigns.recordResponse(planned.id(),
                new CampaignResponseInput(late.partyId(), null, null)));

        List<CampaignRecipientDto> sent = campaigns.recordSends(planned.id(), new CampaignSendInput(null, true, null));
        assertEquals(3, sent.size());
        CampaignRecipientDto answer = campaigns.recordResponse(planned.id(), new CampaignResponseInput(a.partyId(), null,
                "asked for a quote"));
        assertTrue(answer.responded());
        assertEquals("asked for a quote", answer.note());
        assertNotNull(answer.respondedAt());

        opportunities.create(new OpportunityInput(null, a.partyId(), "Tea for A", null, new BigDecimal("800.00"), null,
                null, planned.id(), null));
        order(a, "CONFIRMED", 0, "1200.00", "Tea", planned.id());
        order(b, "SHIPPED", 0, "300.50", "Tea", planned.id());
        order(c, "CANCELLED", 0, "999.00", "Tea", planned.id());
        order(c, "DRAFT", 0, "999.00", "Tea", planned.id());
        order(c, "CONFIRMED", 0, "5000.00", "Tea", null);

        CampaignResults r = campaigns.results(planned.id());
        assertEquals(3, r.recipients());
        assertEquals(3, r.sent());
        assertEquals(1, r.responses());
        // 1 / 3 = 33.333… → 33.3 %
        assertEquals(new BigDecimal("33.3"), r.responseRate());
        assertEquals(1, r.opportunities());
        // the confirmed and the shipped order; 1200.00 + 300.50 = 1500.50
        assertEquals(2, r.orders());
        assertEquals(new BigDecimal("1500.50"), r.revenue());
        // 1000.00 / 1 response = 1000.00
        assertEquals(new BigDecimal("1000.00"), r.costPerResponse());
        assertTrue(db.audited.contains("launch campaign " + planned.id()));

        // li.na sees her recipients only, and cannot answer for zhang.wei's customer
        CallContext.bind(new Caller("li.na", Set.of("rep"), Set.of(CampaignPermissions.CAMPAIGN_READ,
                CampaignPermissions.CAMPAIGN_WRITE, CrmPermissions.CUSTOMER_READ)));
        assertEquals(List.of("A", "C"), campaigns.recipients(planned.id()).stream().map(CampaignRecipientDto::code)
                .toList());
        assertThrows(ConflictException.class, () -> campaigns.recordResponse(planned.id(),
                new CampaignResponseInput(b.partyId(), null, null)));
        ConflictException segmentFixed = assertThrows(ConflictException.class, () -> campaigns.update(planned.id(),
                new CampaignInput(null, "Spring tea", CampaignChannel.WECHAT, LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 31), new BigDecimal("1000.00"), null)));
        assertTrue(segmentFixed.text().en().contains("segment"));
    }

    @Test
    void campaignsAreCheckedAndNeedMembersToLaunch() {
        ValidationException e = assertThrows(ValidationException.class, () -> campaigns.create(new CampaignInput(null,
                null, null, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 1), new BigDecimal("1.001"), 99L)));
        assertEquals(Set.of("name", "channel", "endDate", "budget", "segmentId"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));

        CampaignDto noSegment = campaigns.create(new CampaignInput(null, "Fair", CampaignChannel.EVENT, TODAY, TODAY,
                new BigDecimal("0"), null));
        assertThrows(ConflictException.class, () -> campaigns.launch(noSegment.id()));
        SegmentDto nobody = segments.create(new SegmentInput(null, "Nobody", null, List.of(rule(SegmentRuleKind.TAG,
                "no-such-tag", null, null))));
        CampaignDto empty = campaigns.create(new CampaignInput(null, "Empty", CampaignChannel.SMS, TODAY, TODAY,
                new BigDecimal("10.00"), nobody.id()));
        assertThrows(ConflictException.class, () -> campaigns.launch(empty.id()));
        assertThrows(ConflictException.class, () -> segments.delete(nobody.id()), "a campaign targets it");
        CampaignResults none = campaigns.results(empty.id());
        assertNull(none.responseRate());
        assertNull(none.costPerResponse());
        assertEquals(new BigDecimal("0.00"), none.revenue());
    }
}
