package io.tangram.crm.impl.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.crm.api.ContactInput;
import io.tangram.crm.api.CustomerDto;
import io.tangram.crm.api.CustomerInput;
import io.tangram.crm.api.CustomerQuery;
import io.tangram.crm.api.LifecycleStage;
import io.tangram.crm.api.TeamInput;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

class CustomerServiceTest {
    private CrmDatabase db;

    @BeforeEach
    void setUp() {
        db = new CrmDatabase();
        CallContext.bind(CrmDatabase.ADMIN);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
    }

    private CustomerDto customer(String code, String owner) {
        return db.customers.create(new CustomerInput(null, null, code, code + " Ltd", null, null, owner,
                List.of("vip"), new BigDecimal("50000.00"), "retail", "East", "fair", "WHOLESALE"));
    }

    @Test
    void aNewCustomerGetsItsPartyAndStartsAsALead() {
        CustomerDto c = customer("C001", "li.na");
        assertEquals("C001", c.code());
        assertEquals("li.na", c.owner());
        assertEquals(LifecycleStage.LEAD, c.stage());
        assertEquals(new BigDecimal("50000.00"), c.creditLimit().amount());
        assertEquals(List.of("vip"), c.tags());
        assertTrue(db.audited.contains("create customer " + c.partyId()));
    }

    @Test
    void ordersAndActivityMoveTheStage() {
        CustomerDto c = customer("C002", "li.na");
        db.customers.recordOpportunity(c.partyId());
        assertEquals(LifecycleStage.PROSPECT, db.customers.get(c.partyId()).stage());
        db.customers.recordOrder(c.partyId(), LocalDate.now());
        assertEquals(LifecycleStage.CUSTOMER, db.customers.get(c.partyId()).stage());
        db.customers.recordOrder(c.partyId(), LocalDate.now().minusDays(5));
        CustomerDto repeat = db.customers.get(c.partyId());
        assertEquals(LifecycleStage.REPEAT, repeat.stage());
        assertEquals(LocalDate.now(), repeat.lastOrderOn(), "an older order does not move the last order date back");
    }

    @Test
    void badInputNamesTheFieldsAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> db.customers.create(new CustomerInput(
                null, null, null, "x", null, null, "nobody", List.of(""), new BigDecimal("-1"), null, null, null, null)));
        Set<String> fields = Set.copyOf(e.errors().stream().map(f -> f.field()).toList());
        assertEquals(Set.of("code", "owner", "tags[0]", "creditLimit"), fields);
        assertEquals(0, db.sql.one("SELECT COUNT(*) FROM crm_customer", rs -> rs.getInt(1)).orElseThrow());
    }

    @Test
    void aPartyGetsOneProfile() {
        CustomerDto c = customer("C003", null);
        assertThrows(ConflictException.class, () -> db.customers.create(new CustomerInput(null, c.partyId(), null, null,
                null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void aRepSeesOwnCustomersATeamLeadTheTeamsAndAllScopeEverything() {
        CustomerDto mine = customer("C010", "li.na");
        CustomerDto colleague = customer("C011", "zhang.wei");
        CustomerDto other = customer("C012", "chen.jing");
        db.teams.save(new TeamInput(null, "EAST", "East sales", "wang.fang", List.of("li.na", "zhang.wei")));

        CallContext.bind(new Caller("li.na", Set.of("rep"), Set.of(CrmPermissions.CUSTOMER_READ)));
        assertEquals(List.of("C010"), codes());
        assertThrows(NotFoundException.class, () -> db.customers.get(colleague.partyId()));

        CallContext.bind(new Caller("wang.fang", Set.of("lead"), Set.of(CrmPermissions.CUSTOMER_READ,
                CrmPermissions.SCOPE_TEAM)));
        assertEquals(List.of("C010", "C011"), codes());

        CallContext.bind(new Caller("zhao.lei", Set.of("boss"), Set.of("crm.*")));
        assertEquals(List.of("C010", "C011", "C012"), codes());
        assertEquals(other.partyId(), db.customers.get(other.partyId()).partyId());
        assertEquals(mine.owner(), "li.na");
    }

    @Test
    void contactsNeedAPhoneOrAnEmailAndTheFirstIsPrimary() {
        CustomerDto c = customer("C020", null);
        assertThrows(ValidationException.class, () -> db.customers.addContact(c.partyId(),
                new ContactInput("Ms Wu", null, null, null, null, null)));
        db.customers.addContact(c.partyId(), new ContactInput("Ms Wu", "Buyer", "13800000000", null, null, null));
        db.customers.addContact(c.partyId(), new ContactInput("Mr Xu", null, null, "XU@example.com", null, null));
        assertTrue(db.customers.contacts(c.partyId()).get(0).primary());
        assertEquals("xu@example.com", db.customers.contacts(c.partyId()).get(1).email());
        assertEquals(List.of("C020"), db.customers.search(1, new CustomerQuery("13800", null, null, null, null, null),
                new PageRequest(0, 10)).items().stream().map(CustomerDto::code).toList());
    }

    private List<String> codes() {
        return db.customers.search(1, null, new PageRequest(0, 50)).items().stream().map(CustomerDto::code).toList();
    }
}
