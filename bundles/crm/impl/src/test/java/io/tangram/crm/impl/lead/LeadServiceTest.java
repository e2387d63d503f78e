package io.tangram.crm.impl.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.crm.api.ContactInput;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.TeamInput;
import io.tangram.crm.api.lead.CaptureOutcome;
import io.tangram.crm.api.lead.DuplicateMatch;
import io.tangram.crm.api.lead.LeadCapture;
import io.tangram.crm.api.lead.LeadConversion;
import io.tangram.crm.api.lead.LeadConversionInput;
import io.tangram.crm.api.lead.LeadDto;
import io.tangram.crm.api.lead.LeadImportReport;
import io.tangram.crm.api.lead.LeadImportRow;
import io.tangram.crm.api.lead.LeadInput;
import io.tangram.crm.api.lead.LeadRuleInput;
import io.tangram.crm.api.lead.LeadStatus;
import io.tangram.crm.api.lead.LeadStatusChange;
import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.pipeline.OpportunityInput;
import io.tangram.crm.api.pipeline.OpportunityStatus;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

class LeadServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private CrmDatabase db;
    private LeadRuleService rules;
    private LeadService leads;
    private final AtomicInteger customerNumbers = new AtomicInteger();
    private final DocumentNumbers numbers = (company, type, year) -> type + "-" + year + "-"
            + String.format("%06d", customerNumbers.incrementAndGet());

    @BeforeEach
    void setUp() {
        db = new CrmDatabase();
        CallContext.bind(CrmDatabase.ADMIN);
        start();
    }

    /** (Re)starts the lead services on the same database, as after a restart. */
    private void start() {
        rules = new LeadRuleService(null, db.dataSource, db.tx, db.audit, db.teams, db.users);
        leads = new LeadService(db.dataSource, db.tx, db.audit, db.customers, rules, numbers, db.users, CLOCK);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
    }

    private static LeadInput lead(String name, String company, String phone, String email, String region, String source) {
        return new LeadInput(null, name, company, phone, email, region, null, source, null, null);
    }

    private LeadDto created(LeadInput input) {
        LeadCapture c = leads.capture(input);
        assertEquals(CaptureOutcome.CREATED, c.outcome());
        return c.lead();
    }

    // ---------------------------------------------------------------- assignment

    @Test
    void fiveLeadsOverAThreeMemberTeamRotateAndTheRotationSurvivesARestart() {
        db.teams.save(new TeamInput(null, "EAST", "East sales", "wang.fang", List.of("li.na", "zhang.wei", "chen.jing")));
        rules.create(new LeadRuleInput(null, null, "East", "East", null, null, null, "EAST", null));
        List<String> owners = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            owners.add(created(lead("Lead " + i, null, "1390000000" + i, null, "east", null)).owner());
        }
        start();
        for (int i = 4; i <= 5; i++) {
            owners.add(created(lead("Lead " + i, null, "1390000000" + i, null, "East", null)).owner());
        }
        // turns 1..5 over [li.na, zhang.wei, chen.jing]: (turn − 1) mod 3 = 0, 1, 2, 0, 1
        assertEquals(List.of("li.na", "zhang.wei", "chen.jing", "li.na", "zhang.wei"), owners);
        assertEquals(5L, db.sql.one("SELECT turns FROM crm_lead_rotation WHERE company_id = 1 AND team_code = 'EAST'",
                rs -> rs.getLong(1)).orElseThrow());
    }

    @Test
    void ruleOrderDecidesAndWithoutAMatchTheDefaultOwnerOrTheCreatorGetsTheLead() {
        db.teams.save(new TeamInput(null, "EAST", "East sales", null, List.of("li.na", "zhang.wei")));
        long fair = rules.create(new LeadRuleInput(null, null, "Fair", null, null, "fair", "wang.fang", null, null)).id();
        long east = rules.create(new LeadRuleInput(null, null, "East", "East", null, null, null, "EAST", null)).id();

        LeadDto first = created(lead("A", null, "13900000001", null, "East", "FAIR"));
        assertEquals("wang.fang", first.owner());
        assertEquals(fair, first.ruleId());

        rules.update(east, new LeadRuleInput(null, 1, "East", "East", null, null, null, "EAST", null));
        assertEquals(List.of(east, fair), rules.routing(1).rules().stream().map(r -> r.id()).toList());
        LeadDto second = created(lead("B", null, "13900000002", null, "East", "fair"));
        assertEquals("li.na", second.owner(), "the East rule is first now: team turn 1 → li.na");

        assertEquals("admin", created(lead("C", null, "13900000003", null, "West", null)).owner(),
                "no match, no default owner: whoever entered it");
        rules.setDefaultOwner(1, "zhao.lei");
        LeadDto fourth = created(lead("D", null, "13900000004", null, "West", null));
        assertEquals("zhao.lei", fourth.owner());
        assertNull(fourth.ruleId());

        assertEquals("chen.jing", created(new LeadInput(null, "E", null, "13900000005", null, "East", null, "fair", null,
                "chen.jing")).owner(), "an owner given by hand is kept");
    }

    @Test
    void aRuleNeedsExactlyOneTargetThatExists() {
        ValidationException e = assertThrows(ValidationException.class, () -> rules.create(new LeadRuleInput(null, 0, "",
                null, null, null, "nobody", "NOPE", null)));
        assertEquals(Set.of("name", "team", "user", "position"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
    }

    // ---------------------------------------------------------------- duplicates

    @Test
    void aDuplicateOfAnOpenLeadIsMergedIntoIt() {
        LeadDto first = created(new LeadInput(null, "Ms Wu", "Acme  Trading", "+86 138-0013-8000", null, "East", null,
                null, "met at the fair", null));

        LeadCapture byPhone = leads.capture(new LeadInput(null, "Wu Li", null, "13800138000", "WU@acme.com", null,
                "retail", "web", "asked for prices", null));
        assertEquals(CaptureOutcome.MERGED, byPhone.outcome());
        assertEquals(List.of(new DuplicateMatch(DuplicateMatch.Kind.LEAD, first.id(), null, "Ms Wu", "admin", "phone")),
                byPhone.matches());
        LeadDto merged = byPhone.lead();
        assertEquals("WU@acme.com", merged.email(), "a blank field is filled in");
        assertEquals("East", merged.region(), "a filled field is kept");
        assertEquals("retail", merged.industry());
        assertEquals("met at the fair\nasked for prices", merged.note());

        assertEquals("email", leads.capture(lead("Wu", null, null, "wu@ACME.COM", null, null)).matches().get(0).field());
        assertEquals("company", leads.capture(lead("Wu", "acme trading", null, null, null, null)).matches().get(0).field());
        assertEquals(1, db.sql.one("SELECT COUNT(*) FROM crm_lead", rs -> rs.getInt(1)).orElseThrow());
        assertTrue(db.audited.contains("merge lead " + first.id()));
    }

    @Test
    void aClosedLeadIsNoLongerADuplicate() {
        LeadDto first = created(lead("Ms Wu", null, "13800138000", null, null, null));
        leads.changeStatus(first.id(), new LeadStatusChange(LeadStatus.DISQUALIFIED, "no budget"));
        assertEquals(CaptureOutcome.CREATED, leads.capture(lead("Ms Wu", null, "13800138000", null, null, null)).outcome());
    }

    @Test
    void aDuplicateOfACustomerIsRefusedNamingTheCustomer() {
        CustomerDto tea = teaCustomer();
        ConflictException byName = assertThrows(ConflictException.class,
                () -> leads.capture(lead("Mr Sun", "hangzhou  TEA co", null, null, null, null)));
        assertEquals("Already a customer: C001 Hangzhou Tea Co (same company, owner li.na)", byName.getMessage());
        assertEquals("已是客户：C001 Hangzhou Tea Co（公司名称相同，负责人 li.na）", byName.text().in(java.util.Locale.CHINA));
        ConflictException byPhone = assertThrows(ConflictException.class,
                () -> leads.capture(lead("Mr Sun", null, "057188886666", null, null, null)));
        assertTrue(byPhone.getMessage().contains("same phone"), byPhone.getMessage());
        assertEquals(0, db.sql.one("SELECT COUNT(*) FROM crm_lead", rs -> rs.getInt(1)).orElseThrow());
        assertEquals("C001", tea.code());
    }

    private CustomerDto teaCustomer() {
        CustomerDto tea = db.customers.create(new CustomerInput(null, null, "C001", "Hangzhou Tea Co", null, null, "li.na",
                null, null, null, null, null, null));
        db.customers.addContact(tea.partyId(), new ContactInput("Mr Sun", null, "(0571) 8888-6666", null, null, null));
        return tea;
    }

    // ---------------------------------------------------------------- import

    @Test
    void anImportReportsEachRowWithItsLineAndField() {
        teaCustomer();
        LeadImportReport report = leads.importCsv(1, """
                name,company,phone,email,region,industry,source,note
                Zhou Min,Star Foods,139 0000 1111,zhou@star.cn,East,food,fair,"met at booth 12, wants samples"
                Qian Hao,,,,,,,
                Zhou M.,STAR FOODS,,,,,fair,second card
                Sun Yi,Hangzhou Tea Co,,,,,,
                "Li
                 Bo",Moon Ltd,13700000000,not-an-email,,,,
                Ma Lin,Sun Ltd,13600000000,,East,,web,
                """);
        assertEquals(6, report.rowCount());
        assertEquals(2, report.created());
        assertEquals(1, report.merged());
        assertEquals(3, report.refused());
        List<LeadImportRow> rows = report.rows();
        assertEquals(List.of(2, 3, 4, 5, 6, 8), rows.stream().map(LeadImportRow::line).toList());
        assertEquals(List.of(CaptureOutcome.CREATED, CaptureOutcome.REFUSED, CaptureOutcome.MERGED, CaptureOutcome.REFUSED,
                CaptureOutcome.REFUSED, CaptureOutcome.CREATED), rows.stream().map(LeadImportRow::outcome).toList());
        assertEquals("phone", rows.get(1).problems().get(0).field(), "no phone, e-mail or company");
        assertEquals(rows.get(0).leadId(), rows.get(2).leadId(), "merged into the lead of line 2");
        assertEquals("company", rows.get(3).problems().get(0).field());
        assertTrue(rows.get(3).problems().get(0).message().contains("C001"));
        assertEquals("email", rows.get(4).problems().get(0).field());
        assertTrue(db.audited.contains("import lead-file 1"));
    }

    // ---------------------------------------------------------------- status

    @Test
    void statusMovesForwardAndDisqualifyingNeedsAReason() {
        LeadDto l = created(lead("A", null, "13900000001", null, null, null));
        assertEquals(LeadStatus.QUALIFIED, leads.changeStatus(l.id(), new LeadStatusChange(LeadStatus.QUALIFIED, null))
                .status());
        ConflictException back = assertThrows(ConflictException.class,
                () -> leads.changeStatus(l.id(), new LeadStatusChange(LeadStatus.CONTACTED, null)));
        assertEquals("Lead " + l.id() + " is QUALIFIED already; it cannot go back to CONTACTED", back.getMessage());
        assertThrows(ConflictException.class, () -> leads.changeStatus(l.id(),
                new LeadStatusChange(LeadStatus.CONVERTED, null)));
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> leads.changeStatus(l.id(), new LeadStatusChange(LeadStatus.DISQUALIFIED, " ")));
        assertEquals("reason", noReason.errors().get(0).field());
        LeadDto out = leads.changeStatus(l.id(), new LeadStatusChange(LeadStatus.DISQUALIFIED, "no budget"));
        assertEquals("no budget", out.disqualifyReason());
        assertThrows(ConflictException.class, () -> leads.convert(l.id(), null));
    }

    // ---------------------------------------------------------------- conversion

    @Test
    void conversionCreatesTheCustomerTheContactAndTheOpportunity() {
        List<OpportunityInput> opened = new ArrayList<>();
        leads.opportunities = pipeline(opened);
        LeadDto l = created(new LeadInput(null, "Ms Wu", "Acme Trading", "138-0013-8000", "Wu@Acme.com", "East", "retail",
                "fair", null, "li.na"));
        LeadConversion c = leads.convert(l.id(), new LeadConversionInput(null, null, null, null,
                new BigDecimal("50000"), null));

        CustomerDto customer = db.customers.get(c.customerId());
        assertEquals("CU-2026-000001", customer.code());
        assertEquals("Acme Trading", customer.name());
        assertEquals("li.na", customer.owner());
        assertEquals("East", customer.region());
        assertEquals("138-0013-8000", customer.contacts().get(0).phone());
        assertEquals("wu@acme.com", customer.contacts().get(0).email());
        assertEquals(customer.contacts().get(0).id(), c.contactId());

        assertEquals(1, opened.size());
        OpportunityInput o = opened.get(0);
        assertEquals(c.customerId(), o.customerId());
        assertEquals(l.id(), o.leadId());
        assertEquals(new BigDecimal("50000.00"), o.amount());
        assertEquals("Acme Trading – fair", o.name());
        assertEquals(77L, c.opportunityId());
        assertEquals(List.of(), c.notes());

        LeadDto converted = leads.get(l.id());
        assertEquals(LeadStatus.CONVERTED, converted.status());
        assertEquals(c.customerId(), converted.customerId());
        assertEquals(77L, converted.opportunityId());
        assertThrows(ConflictException.class, () -> leads.convert(l.id(), null), "converted once only");
        assertTrue(db.audited.contains("convert lead " + l.id()));
    }

    @Test
    void withoutThePipelineTheLeadIsConvertedWithoutAnOpportunity() {
        LeadDto l = created(lead("Mr Qian", null, "13900000009", null, null, null));
        LeadConversion c = leads.convert(l.id(), new LeadConversionInput(null, "C100", null, null, null, null));
        assertEquals("C100", c.customerCode());
        assertEquals("Mr Qian", db.customers.get(c.customerId()).name(), "no company: the lead's name");
        assertNull(c.opportunityId());
        assertEquals(List.of(LeadService.PIPELINE_UNAVAILABLE), c.notes());
    }

    @Test
    void aLeadOfAnExistingCustomerIsConvertedIntoIt() {
        CustomerDto tea = teaCustomer();
        db.sql.update("INSERT INTO crm_lead (company_id, name, company_name, phone, status, owner, phone_key, company_key,"
                + " created_by, created_at, updated_at) VALUES (1, 'Mr Sun', 'Hangzhou Tea Co', '0571-88886666', 'NEW',"
                + " 'admin', '057188886666', 'hangzhouteaco', 'admin', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        long id = db.sql.one("SELECT MAX(id) FROM crm_lead", rs -> rs.getLong(1)).orElseThrow();
        ConflictException e = assertThrows(ConflictException.class, () -> leads.convert(id, null));
        assertTrue(e.getMessage().contains("giving customerId " + tea.partyId()), e.getMessage());

        LeadConversion c = leads.convert(id, new LeadConversionInput(tea.partyId(), null, null, null, null, null));
        assertEquals(tea.partyId(), c.customerId());
        assertEquals(1, db.customers.contacts(tea.partyId()).size(), "the same phone is not added twice");
        assertTrue(c.notes().contains("contact not created: Mr Sun is already a contact of the customer"));
    }

    // ---------------------------------------------------------------- visibility

    @Test
    void aRepSeesOnlyOwnLeads() {
        LeadDto mine = created(new LeadInput(null, "A", null, "13900000001", null, null, null, null, null, "li.na"));
        created(new LeadInput(null, "B", null, "13900000002", null, null, null, null, null, "zhang.wei"));
        CallContext.bind(new Caller("li.na", Set.of("rep"), Set.of(LeadPermissions.LEAD_READ)));
        assertEquals(List.of(mine.id()), leads.search(1, null, new PageRequest(0, 50)).items().stream()
                .map(LeadDto::id).toList());
        long theirs = mine.id() + 1;
        assertThrows(NotFoundException.class, () -> leads.get(theirs));
        assertThrows(io.tangram.platform.api.error.ForbiddenException.class,
                () -> leads.capture(lead("C", null, "13900000003", null, null, null)), "capture needs crm.lead.write");
    }

    @Test
    void searchPagesNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            created(lead("Lead " + i, null, "1390000000" + i, null, null, null));
        }
        var page = leads.search(1, new io.tangram.crm.api.lead.LeadQuery("lead", null, null, null), new PageRequest(1, 2));
        assertEquals(5, page.total());
        assertEquals(List.of("Lead 4", "Lead 3"), page.items().stream().map(LeadDto::name).toList());
    }

    private static Opportunities pipeline(List<OpportunityInput> opened) {
        return new io.tangram.crm.impl.OpportunitiesStub() {
            @Override
            public OpportunityDto create(OpportunityInput input) {
                opened.add(input);
                return new OpportunityDto(77, input.companyId(), input.customerId(), null, input.name(), "S1", "New", 10,
                        input.amount(), input.amount().multiply(new BigDecimal("0.10")), "CNY", input.expectedCloseDate(),
                        input.owner(), null, input.leadId(), OpportunityStatus.OPEN, Instant.now(), null);
            }

            @Override
            public List<OpportunityDto> list(long companyId, Long customerId, OpportunityStatus status) {
                return List.of();
            }
        };
    }
}
