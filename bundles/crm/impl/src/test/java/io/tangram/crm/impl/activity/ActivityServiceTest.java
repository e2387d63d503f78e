package io.tangram.crm.impl.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.tangram.crm.api.CrmTopics;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.activity.ActivityDto;
import io.tangram.crm.api.activity.ActivityInput;
import io.tangram.crm.api.activity.ActivityQuery;
import io.tangram.crm.api.activity.ActivityTopics;
import io.tangram.crm.api.activity.ActivityType;
import io.tangram.crm.api.activity.FollowUpDto;
import io.tangram.crm.api.activity.FollowUpInput;
import io.tangram.crm.api.activity.FollowUpQuery;
import io.tangram.crm.api.activity.RelatedTo;
import io.tangram.crm.api.activity.ReminderRuleDto;
import io.tangram.crm.api.activity.ReminderRuleInput;
import io.tangram.crm.api.activity.ReminderTrigger;
import io.tangram.crm.api.lead.LeadDto;
import io.tangram.crm.api.lead.LeadInput;
import io.tangram.crm.api.lead.LeadStatus;
import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.pipeline.OpportunityInput;
import io.tangram.crm.api.pipeline.OpportunityStatus;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.crm.impl.lead.LeadRuleService;
import io.tangram.crm.impl.lead.LeadService;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.web.api.JsonText;

class ActivityServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 30 Nov 2026, 10:00 in Shanghai. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZONE);

    private CrmDatabase db;
    private LeadService leads;
    private ActivityService activities;
    private FollowUpService followUps;
    private ReminderRuleService reminders;
    private FollowUpRuleSubscriber subscriber;

    @BeforeEach
    void setUp() {
        db = new CrmDatabase();
        CallContext.bind(CrmDatabase.ADMIN);
        LeadRuleService rules = new LeadRuleService(null, db.dataSource, db.tx, db.audit, db.teams, db.users);
        leads = new LeadService(null, db.dataSource, db.tx, db.audit, db.customers, rules,
                (company, type, year) -> type + "-" + year + "-000001", db.users);
        activities = new ActivityService(db.dataSource, db.tx, db.audit, db.events, db.customers, leads, db.users, CLOCK);
        followUps = new FollowUpService(db.dataSource, db.tx, db.audit, db.customers, leads, db.users, CLOCK);
        reminders = new ReminderRuleService(null, db.dataSource, db.tx, db.audit);
        subscriber = new FollowUpRuleSubscriber(reminders, followUps, db.customers, ZONE);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
    }

    private CustomerDto customer(String code, String owner) {
        return db.customers.create(new CustomerInput(null, null, code, code + " Ltd", null, null, owner, null, null, null,
                null, null, null));
    }

    private ActivityDto log(ActivityType type, RelatedTo to, long id, LocalDateTime at, String subject) {
        return activities.log(new ActivityInput(null, type, to, id, at, subject, null, null, null));
    }

    /** The last published event, as the dispatcher would deliver it with outbox id {@code eventId}. */
    private DomainEvent lastEvent(long eventId) {
        String[] parts = db.published.get(db.published.size() - 1).split(" ", 3);
        return new DomainEvent(eventId, parts[0], 1, parts[1], parts[2], CLOCK.instant(), "crm");
    }

    // ---------------------------------------------------------------- activities

    @Test
    void aCallOnACustomerMovesItsLastActivityDayAndIsPublished() {
        CustomerDto c = customer("C001", "li.na");
        ActivityDto a = log(ActivityType.CALL, RelatedTo.CUSTOMER, c.partyId(), LocalDateTime.of(2026, 11, 28, 15, 0),
                "Asked about the pilot");
        assertEquals(c.partyId(), a.customerId());
        assertEquals("admin", a.user());
        assertEquals(LocalDate.of(2026, 11, 28), db.customers.get(c.partyId()).lastActivityOn());

        DomainEvent event = lastEvent(1);
        assertEquals(ActivityTopics.ACTIVITY_LOGGED, event.topic());
        assertEquals("activity:" + a.id(), event.sourceRef());
        JsonNode p = JsonText.read(event.payload());
        assertEquals("CALL", p.path("type").asText());
        assertEquals("li.na", p.path("owner").asText(), "the owner of the customer, who gets the follow-ups");
        assertEquals("2026-11-28", p.path("occurredOn").asText());
        assertTrue(db.audited.contains("create activity " + a.id()));
    }

    @Test
    void aCallMakesANewLeadContactedButANoteDoesNot() {
        LeadDto lead = leads.capture(new LeadInput(null, "Ms Wu", null, "13800138000", null, null, null, null, null,
                "li.na")).lead();
        log(ActivityType.NOTE, RelatedTo.LEAD, lead.id(), null, "Found her on the fair list");
        assertEquals(LeadStatus.NEW, leads.get(lead.id()).status());
        ActivityDto call = log(ActivityType.CALL, RelatedTo.LEAD, lead.id(), null, "First call");
        assertEquals(LeadStatus.CONTACTED, leads.get(lead.id()).status());
        assertEquals(LocalDateTime.of(2026, 11, 30, 10, 0), call.occurredAt(), "now by the clock");
        assertEquals(lead.id(), call.leadId());
    }

    @Test
    void anActivityNeedsItsFieldsAndCannotBeInTheFuture() {
        CustomerDto c = customer("C001", "li.na");
        ValidationException e = assertThrows(ValidationException.class, () -> activities.log(new ActivityInput(null, null,
                RelatedTo.CUSTOMER, c.partyId(), LocalDateTime.of(2026, 12, 1, 9, 0), " ", null, null, "nobody")));
        assertEquals(Set.of("type", "subject", "occurredAt", "user"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
        assertThrows(NotFoundException.class, () -> log(ActivityType.CALL, RelatedTo.CUSTOMER, 9999, null, "x"));
    }

    @Test
    void activitiesAreVisibleWithTheirCustomerOrLead() {
        CustomerDto hers = customer("C001", "li.na");
        ActivityDto visit = log(ActivityType.VISIT, RelatedTo.CUSTOMER, hers.partyId(), null, "Visited the plant");
        CallContext.bind(new Caller("zhang.wei", Set.of("rep"), Set.of(ActivityPermissions.ACTIVITY_READ)));
        assertEquals(0, activities.search(1, null, new PageRequest(0, 50)).total());
        assertThrows(NotFoundException.class, () -> activities.get(visit.id()));
        CallContext.bind(new Caller("li.na", Set.of("rep"), Set.of(ActivityPermissions.ACTIVITY_READ)));
        assertEquals(List.of(visit.id()), activities.search(1, new ActivityQuery(RelatedTo.CUSTOMER, hers.partyId(), null,
                null, null, null), new PageRequest(0, 50)).items().stream().map(ActivityDto::id).toList());
        assertEquals(visit.id(), activities.get(visit.id()).id());
    }

    @Test
    void anOpportunityActivityNeedsThePipelineAndCountsForItsCustomer() {
        CustomerDto c = customer("C001", "li.na");
        assertThrows(ConflictException.class, () -> log(ActivityType.MEETING, RelatedTo.OPPORTUNITY, 5, null, "Demo"));
        activities.opportunities = pipelineWith(new OpportunityDto(5, 1, c.partyId(), c.name(), "Pilot", "S1", "New", 10,
                new BigDecimal("1000.00"), new BigDecimal("100.00"), "CNY", null, "li.na", null, null,
                OpportunityStatus.OPEN, Instant.now(), null));
        ActivityDto a = log(ActivityType.MEETING, RelatedTo.OPPORTUNITY, 5, LocalDateTime.of(2026, 11, 29, 14, 0), "Demo");
        assertEquals(c.partyId(), a.customerId());
        assertEquals(LocalDate.of(2026, 11, 29), db.customers.get(c.partyId()).lastActivityOn());
        assertEquals(1, activities.search(1, new ActivityQuery(RelatedTo.CUSTOMER, c.partyId(), null, null, null, null),
                new PageRequest(0, 50)).total(), "the customer's history includes its opportunities' activities");
    }

    // ---------------------------------------------------------------- reminder rules

    @Test
    void aTrialCreatesAFollowUpThreeDaysLaterOnceEvenWhenDeliveredTwice() {
        CustomerDto c = customer("C001", "li.na");
        ReminderRuleDto trial = reminders.create(new ReminderRuleInput(null, ReminderTrigger.ACTIVITY_LOGGED,
                ActivityType.TRIAL, 3, "Ask how the {type} went: {subject}", null));
        reminders.create(new ReminderRuleInput(null, ReminderTrigger.ACTIVITY_LOGGED, ActivityType.CALL, 1, "Call again",
                null));
        log(ActivityType.TRIAL, RelatedTo.CUSTOMER, c.partyId(), LocalDateTime.of(2026, 11, 28, 10, 0), "Pilot kit installed");
        DomainEvent event = lastEvent(41);
        subscriber.handle(event);
        subscriber.handle(event);

        List<FollowUpDto> tasks = followUps.search(1, null, new PageRequest(0, 50)).items();
        assertEquals(1, tasks.size(), "one task: the CALL rule does not apply and the second delivery adds nothing");
        FollowUpDto task = tasks.get(0);
        // 28 Nov + 3 days: 28 + 3 = 31, November has 30 days → 1 Dec
        assertEquals(LocalDate.of(2026, 12, 1), task.dueOn());
        assertEquals("Ask how the trial went: Pilot kit installed", task.subject());
        assertEquals("li.na", task.assignee());
        assertEquals(trial.id(), task.ruleId());
        assertEquals(RelatedTo.CUSTOMER, task.relatedTo());
        assertEquals(c.partyId(), task.customerId());
        assertEquals(1, db.sql.one("SELECT COUNT(*) FROM crm_follow_up WHERE rule_id = ? AND source_event_id = 41",
                rs -> rs.getInt(1), trial.id()).orElseThrow());
    }

    @Test
    void aSentQuoteCreatesAFollowUpForItsOwner() {
        CustomerDto c = customer("C001", "li.na");
        reminders.create(new ReminderRuleInput(null, ReminderTrigger.QUOTE_SENT, null, 7, "Call about quote {number}", null));
        ReminderRuleDto stopped = reminders.create(new ReminderRuleInput(null, ReminderTrigger.QUOTE_SENT, null, 1, "Stopped",
                null));
        reminders.deactivate(stopped.id());
        subscriber.handle(new DomainEvent(9, CrmTopics.QUOTE_SENT, 1, "QT-2026-000009", JsonText.object("id", 9,
                "number", "QT-2026-000009", "companyId", 1, "customerId", c.partyId(), "owner", "zhang.wei",
                "sentOn", "2026-11-27", "total", new BigDecimal("1130.00")), CLOCK.instant(), "crm"));
        List<FollowUpDto> tasks = followUps.search(1, null, new PageRequest(0, 50)).items();
        assertEquals(1, tasks.size(), "the deactivated rule creates nothing");
        // sent 27 Nov + 7 days: 27 + 7 = 34, November has 30 → 4 Dec
        assertEquals(LocalDate.of(2026, 12, 4), tasks.get(0).dueOn());
        assertEquals("Call about quote QT-2026-000009", tasks.get(0).subject());
        assertEquals("zhang.wei", tasks.get(0).assignee(), "the quote's owner");
    }

    @Test
    void aRuleOnActivitiesNeedsItsTypeAndSaneDays() {
        ValidationException e = assertThrows(ValidationException.class, () -> reminders.create(new ReminderRuleInput(null,
                ReminderTrigger.ACTIVITY_LOGGED, null, 400, "", null)));
        assertEquals(Set.of("activityType", "days", "subjectTemplate"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
        assertThrows(ValidationException.class, () -> reminders.create(new ReminderRuleInput(null,
                ReminderTrigger.QUOTE_SENT, ActivityType.CALL, 3, "x", null)));
    }

    // ---------------------------------------------------------------- follow-ups

    @Test
    void aFollowUpIsDueTodayOrLaterAndGoesToTheOwnerByDefault() {
        CustomerDto c = customer("C001", "li.na");
        ValidationException e = assertThrows(ValidationException.class, () -> followUps.create(new FollowUpInput(null,
                RelatedTo.CUSTOMER, c.partyId(), "Send samples", null, LocalDate.of(2026, 11, 29), null)));
        assertEquals("dueOn", e.errors().get(0).field());
        FollowUpDto f = followUps.create(new FollowUpInput(null, RelatedTo.CUSTOMER, c.partyId(), "Send samples", null,
                LocalDate.of(2026, 11, 30), null));
        assertEquals("li.na", f.assignee());
        assertEquals(0, f.daysOverdue());
        FollowUpDto done = followUps.markDone(f.id());
        assertTrue(done.done());
        assertEquals("admin", done.doneBy());
        assertEquals(false, followUps.markUndone(f.id()).done());
        assertTrue(db.audited.contains("done follow-up " + f.id()));
        assertTrue(db.audited.contains("undone follow-up " + f.id()));
    }

    @Test
    void theOverdueListIsPerRepByDueDate() {
        CustomerDto hers = customer("C001", "li.na");
        CustomerDto his = customer("C002", "zhang.wei");
        RelatedRecords.Target herCustomer = new RelatedRecords.Target(RelatedTo.CUSTOMER, hers.partyId(), 1, hers.partyId(),
                null, "li.na");
        RelatedRecords.Target hisCustomer = new RelatedRecords.Target(RelatedTo.CUSTOMER, his.partyId(), 1, his.partyId(),
                null, "zhang.wei");
        long rule = reminders.create(new ReminderRuleInput(null, ReminderTrigger.QUOTE_SENT, null, 3, "x", null)).id();
        FollowUpDto hisOld = followUps.createFromRule(rule, 1, hisCustomer, "Quote 1", LocalDate.of(2026, 11, 23))
                .orElseThrow();
        FollowUpDto herYesterday = followUps.createFromRule(rule, 2, herCustomer, "Quote 2", LocalDate.of(2026, 11, 29))
                .orElseThrow();
        followUps.createFromRule(rule, 3, herCustomer, "Due today", LocalDate.of(2026, 11, 30));
        FollowUpDto herDone = followUps.createFromRule(rule, 4, herCustomer, "Done", LocalDate.of(2026, 11, 25))
                .orElseThrow();
        followUps.markDone(herDone.id());
        assertTrue(followUps.createFromRule(rule, 4, herCustomer, "Again", LocalDate.of(2026, 11, 25)).isEmpty(),
                "same rule and event: nothing new");

        List<FollowUpDto> all = followUps.overdue(1, null);
        assertEquals(List.of(herYesterday.id(), hisOld.id()), all.stream().map(FollowUpDto::id).toList(),
                "by rep (li.na before zhang.wei); due today and done are not overdue");
        // today 30 Nov: due 29 Nov → 1 day; due 23 Nov → 30 − 23 = 7 days
        assertEquals(List.of(1L, 7L), all.stream().map(FollowUpDto::daysOverdue).toList());
        assertEquals(List.of(hisOld.id()), followUps.overdue(1, "zhang.wei").stream().map(FollowUpDto::id).toList());

        CallContext.bind(new Caller("li.na", Set.of("rep"), Set.of(ActivityPermissions.FOLLOW_UP_READ)));
        assertEquals(List.of(herYesterday.id()), followUps.overdue(1, null).stream().map(FollowUpDto::id).toList());
        assertThrows(ForbiddenException.class, () -> followUps.overdue(1, "zhang.wei"));
        assertEquals(1, followUps.search(1, new FollowUpQuery(null, true, null, null), new PageRequest(0, 50)).total(),
                "her done task");
    }

    private static Opportunities pipelineWith(OpportunityDto opportunity) {
        return new io.tangram.crm.impl.OpportunitiesStub() {
            @Override
            public OpportunityDto get(long id) {
                if (id != opportunity.id()) {
                    throw new NotFoundException(io.tangram.platform.api.i18n.Text.of("no", "无"));
                }
                return opportunity;
            }

            @Override
            public List<OpportunityDto> list(long companyId, Long customerId, OpportunityStatus status) {
                return List.of(opportunity);
            }
        };
    }
}
