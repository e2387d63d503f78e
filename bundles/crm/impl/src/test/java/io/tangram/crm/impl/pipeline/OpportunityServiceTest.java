package io.tangram.crm.impl.pipeline;

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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.LifecycleStage;
import io.tangram.crm.api.TeamInput;
import io.tangram.crm.api.pipeline.ForecastReport;
import io.tangram.crm.api.pipeline.FunnelStage;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.pipeline.OpportunityInput;
import io.tangram.crm.api.pipeline.OpportunityStatus;
import io.tangram.crm.api.pipeline.PipelineStageDto;
import io.tangram.crm.api.pipeline.PipelineStageInput;
import io.tangram.crm.api.pipeline.StageChangeDto;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

class OpportunityServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A clock the test moves forward. */
    private static final class TestClock extends Clock {
        private Instant now = LocalDate.of(2026, 10, 5).atTime(10, 0).atZone(ZONE).toInstant();

        void set(LocalDate day) {
            now = day.atTime(10, 0).atZone(ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private CrmDatabase db;
    private TestClock clock;
    private StageService stages;
    private OpportunityService opportunities;
    private PipelineReportService reports;

    @BeforeEach
    void setUp() {
        db = new CrmDatabase();
        clock = new TestClock();
        stages = new StageService(null, db.dataSource, db.tx, db.audit);
        opportunities = new OpportunityService(db.dataSource, db.tx, db.audit, db.customers, stages, db.companies,
                db.users, clock);
        reports = new PipelineReportService(db.dataSource, stages, db.companies, clock);
        CallContext.bind(CrmDatabase.ADMIN);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
    }

    private CustomerDto customer(String code, String owner) {
        return db.customers.create(new CustomerInput(null, null, code, code + " Ltd", null, null, owner, List.of(),
                null, null, null, null, null));
    }

    private OpportunityDto opportunity(CustomerDto c, String amount, String closeDate) {
        return opportunities.create(new OpportunityInput(null, c.partyId(), "Tea for " + c.code(), null,
                new BigDecimal(amount), closeDate == null ? null : LocalDate.parse(closeDate), null, null, null));
    }

    @Test
    void aCompanyGetsTheDefaultStagesOnFirstUse() {
        List<PipelineStageDto> list = stages.list(CrmDatabase.COMPANY);
        assertEquals(List.of("QUALIFY", "NEEDS", "PROPOSAL", "NEGOTIATION", "WON", "LOST"),
                list.stream().map(PipelineStageDto::code).toList());
        assertEquals(List.of(10, 25, 50, 75, 100, 0), list.stream().map(PipelineStageDto::probability).toList());
        assertEquals("方案报价", list.get(2).nameZh());
        assertTrue(list.get(4).closedWon());
        assertTrue(list.get(5).closedLost());
        assertEquals(6, stages.list(CrmDatabase.COMPANY).size(), "written once");
        assertEquals(1, db.audited.stream().filter(a -> a.startsWith("create-defaults")).count());
    }

    @Test
    void aNewOpportunityStartsInTheFirstStageWithTheCustomersOwnerAndMakesItAProspect() {
        CustomerDto c = customer("C001", "li.na");
        OpportunityDto o = opportunity(c, "12345.67", "2026-12-15");
        assertEquals("QUALIFY", o.stageCode());
        assertEquals("li.na", o.owner());
        assertEquals("C001 Ltd", o.customerName());
        assertEquals("CNY", o.currency());
        assertEquals(OpportunityStatus.OPEN, o.status());
        // 12345.67 × 10 % = 1234.567 → 1234.57
        assertEquals(new BigDecimal("1234.57"), o.weighted());
        assertEquals(LifecycleStage.PROSPECT, db.customers.get(c.partyId()).stage());
        List<StageChangeDto> history = opportunities.history(o.id());
        assertEquals(1, history.size());
        assertNull(history.get(0).fromStage());
        assertEquals("QUALIFY", history.get(0).toStage());
        assertEquals("admin", history.get(0).changedBy());
        assertTrue(db.audited.contains("create opportunity " + o.id()));
        assertEquals(List.of(o.id()), opportunities.list(CrmDatabase.COMPANY, c.partyId(), null).stream()
                .map(OpportunityDto::id).toList());
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> opportunities.create(new OpportunityInput(
                null, 999L, " ", "NOPE", new BigDecimal("-1.005"), null, "nobody", 77L, null)));
        assertEquals(Set.of("customerId", "name", "stageCode", "amount", "owner", "campaignId"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
        CustomerDto c = customer("C002", "li.na");
        ValidationException won = assertThrows(ValidationException.class, () -> opportunities.create(
                new OpportunityInput(null, c.partyId(), "x", "WON", null, null, null, null, null)));
        assertEquals("stageCode", won.errors().get(0).field());
        assertEquals(0, db.sql.one("SELECT COUNT(*) FROM crm_opportunity", rs -> rs.getInt(1)).orElseThrow());
    }

    @Test
    void movingRecordsHistoryAndLosingNeedsAReasonAndClosesForGood() {
        CustomerDto c = customer("C003", "li.na");
        OpportunityDto o = opportunity(c, "5000.00", null);
        clock.set(LocalDate.of(2026, 10, 8));
        OpportunityDto moved = opportunities.move(o.id(), "needs", null);
        assertEquals("NEEDS", moved.stageCode());
        // 5000.00 × 25 % = 1250.00
        assertEquals(new BigDecimal("1250.00"), moved.weighted());
        assertThrows(ConflictException.class, () -> opportunities.move(o.id(), "NEEDS", null), "already there");
        ValidationException noReason = assertThrows(ValidationException.class, () -> opportunities.lose(o.id(), " "));
        assertEquals("reason", noReason.errors().get(0).field());
        assertThrows(ValidationException.class, () -> opportunities.move(o.id(), "LOST", null));

        OpportunityDto lost = opportunities.lose(o.id(), "price too high");
        assertEquals(OpportunityStatus.LOST, lost.status());
        assertEquals("LOST", lost.stageCode());
        assertNotNull(lost.closedAt());
        assertThrows(ConflictException.class, () -> opportunities.move(o.id(), "PROPOSAL", null));
        assertThrows(ConflictException.class, () -> opportunities.win(o.id(), null));
        assertThrows(ConflictException.class, () -> opportunities.update(o.id(), new OpportunityInput(null, null, "y",
                null, null, null, null, null, null)));

        List<StageChangeDto> history = opportunities.history(o.id());
        assertEquals(List.of("QUALIFY", "NEEDS", "LOST"), history.stream().map(StageChangeDto::toStage).toList());
        assertEquals("NEEDS", history.get(2).fromStage());
        assertEquals("price too high", history.get(2).note());
        assertTrue(db.audited.contains("lose opportunity " + o.id()));
    }

    @Test
    void updatingKeepsWhatIsNotGivenAndADifferentStageMoves() {
        CustomerDto c = customer("C004", "li.na");
        OpportunityDto o = opportunity(c, "800.00", "2026-11-30");
        OpportunityDto updated = opportunities.update(o.id(), new OpportunityInput(null, null, null, "PROPOSAL",
                new BigDecimal("900.50"), null, "zhang.wei", null, null));
        assertEquals("Tea for C004", updated.name());
        assertEquals(LocalDate.of(2026, 11, 30), updated.expectedCloseDate());
        assertEquals("zhang.wei", updated.owner());
        assertEquals("PROPOSAL", updated.stageCode());
        // 900.50 × 50 % = 450.25
        assertEquals(new BigDecimal("450.25"), updated.weighted());
        assertEquals(2, opportunities.history(o.id()).size());
        ValidationException e = assertThrows(ValidationException.class, () -> opportunities.update(o.id(),
                new OpportunityInput(null, 12345L, null, null, null, null, null, null, null)));
        assertEquals("customerId", e.errors().get(0).field());
    }

    @Test
    void aRepSeesOwnOpportunitiesAndATeamLeadTheTeams() {
        OpportunityDto mine = opportunity(customer("C010", "li.na"), "100.00", null);
        OpportunityDto colleagues = opportunity(customer("C011", "zhang.wei"), "200.00", null);
        opportunity(customer("C012", "chen.jing"), "300.00", null);
        db.teams.save(new TeamInput(null, "EAST", "East sales", "wang.fang", List.of("li.na", "zhang.wei")));

        CallContext.bind(new Caller("li.na", Set.of("rep"), Set.of(PipelinePermissions.OPPORTUNITY_READ,
                PipelinePermissions.OPPORTUNITY_WRITE, CrmPermissions.CUSTOMER_READ)));
        assertEquals(List.of(mine.id()), ids(opportunities.list(CrmDatabase.COMPANY, null, null)));
        assertThrows(NotFoundException.class, () -> opportunities.get(colleagues.id()));
        assertThrows(NotFoundException.class, () -> opportunities.move(colleagues.id(), "NEEDS", null));
        ValidationException hidden = assertThrows(ValidationException.class, () -> opportunities.create(
                new OpportunityInput(null, colleagues.customerId(), "x", null, null, null, null, null, null)));
        assertEquals("customerId", hidden.errors().get(0).field(), "a customer the rep cannot see");

        CallContext.bind(new Caller("wang.fang", Set.of("lead"), Set.of(PipelinePermissions.OPPORTUNITY_READ,
                CrmPermissions.SCOPE_TEAM)));
        assertEquals(Set.of(mine.id(), colleagues.id()), Set.copyOf(ids(opportunities.list(CrmDatabase.COMPANY, null,
                null))));
        assertThrows(ForbiddenException.class, () -> opportunities.move(mine.id(), "NEEDS", null));
    }

    @Test
    void theFunnelAndTheForecastComeFromWhatWasRecorded() {
        CustomerDto c = customer("C020", "li.na");
        CustomerDto d = customer("C021", "zhang.wei");
        // October 5: three opportunities enter QUALIFY
        OpportunityDto a = opportunity(c, "1000.00", "2026-11-10");
        OpportunityDto b = opportunity(c, "2000.00", "2026-11-20");
        OpportunityDto e = opportunity(d, "4000.00", "2026-12-01");
        // October 12: a reaches NEEDS, e is lost; October 20: a reaches PROPOSAL
        clock.set(LocalDate.of(2026, 10, 12));
        opportunities.move(a.id(), "NEEDS", null);
        opportunities.lose(e.id(), "went with a competitor");
        clock.set(LocalDate.of(2026, 10, 20));
        opportunities.move(a.id(), "PROPOSAL", null);

        Map<String, FunnelStage> funnel = reports.funnel(CrmDatabase.COMPANY, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31)).stages().stream().collect(Collectors.toMap(FunnelStage::code,
                        Function.identity()));
        // QUALIFY: a, b, e entered; a advanced: 1 / 3 = 33.3 %; all three were in it: 1000 + 2000 + 4000
        assertEquals(3, funnel.get("QUALIFY").entered());
        assertEquals(new BigDecimal("33.3"), funnel.get("QUALIFY").conversionRate());
        assertEquals(new BigDecimal("7000.00"), funnel.get("QUALIFY").amount());
        // NEEDS: a entered and went on to PROPOSAL: 1 / 1 = 100.0 %
        assertEquals(new BigDecimal("100.0"), funnel.get("NEEDS").conversionRate());
        assertEquals(1, funnel.get("LOST").count());

        // November: a in PROPOSAL 1000.00 × 50 % = 500.00, b in QUALIFY 2000.00 × 10 % = 200.00; e is lost
        ForecastReport forecast = reports.forecast(CrmDatabase.COMPANY, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31));
        assertEquals(2, forecast.total().opportunities());
        assertEquals(new BigDecimal("3000.00"), forecast.total().amount());
        assertEquals(new BigDecimal("700.00"), forecast.total().weighted());

        // a rep's funnel holds only their own: zhang.wei sees e alone
        CallContext.bind(new Caller("zhang.wei", Set.of("rep"), Set.of(PipelinePermissions.REPORT_READ)));
        assertEquals(1, reports.funnel(CrmDatabase.COMPANY, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))
                .stages().get(0).entered());
        ValidationException period = assertThrows(ValidationException.class, () -> reports.forecast(CrmDatabase.COMPANY,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1)));
        assertEquals("to", period.errors().get(0).field());
    }

    @Test
    void stagesInUseOrTheLastWonStageCannotGo() {
        OpportunityDto o = opportunity(customer("C030", "li.na"), "10.00", null);
        assertThrows(ConflictException.class, () -> stages.delete(CrmDatabase.COMPANY, "QUALIFY"));
        assertThrows(ConflictException.class, () -> stages.delete(CrmDatabase.COMPANY, "WON"));
        assertThrows(ConflictException.class, () -> stages.save(new PipelineStageInput(null, "QUALIFY", "Qualification",
                "资格确认", 1, 10, true, false)), "QUALIFY holds an opportunity: it cannot become a won stage");
        assertThrows(NotFoundException.class, () -> stages.delete(CrmDatabase.COMPANY, "NOPE"));

        PipelineStageDto demo = stages.save(new PipelineStageInput(null, "DEMO", "Demo", "产品演示", null, 40, null, null));
        assertEquals(7, demo.position(), "after the last stage");
        PipelineStageDto changed = stages.save(new PipelineStageInput(null, "DEMO", "Product demo", "产品演示", 3, 45,
                null, null));
        assertEquals(demo.id(), changed.id());
        assertEquals(45, changed.probability());
        opportunities.move(o.id(), "DEMO", null);
        assertEquals(45, opportunities.get(o.id()).probability());
        stages.delete(CrmDatabase.COMPANY, "NEGOTIATION");
        assertEquals(6, stages.list(CrmDatabase.COMPANY).size());

        ValidationException e = assertThrows(ValidationException.class, () -> stages.save(new PipelineStageInput(null,
                "bad code", " ", null, 0, 101, true, true)));
        assertEquals(Set.of("code", "name", "nameZh", "position", "probability", "closedLost"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
    }

    private static List<Long> ids(List<OpportunityDto> list) {
        return list.stream().map(OpportunityDto::id).toList();
    }
}
