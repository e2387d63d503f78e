package io.tangram.crm.impl.ticket;

import static io.tangram.crm.impl.ticket.TicketDesk.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.crm.api.CrmTopics;
import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.api.ticket.TicketInput;
import io.tangram.crm.api.ticket.TicketPriority;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/** The SLA check's rounds, run directly as the platform runs them (the schedule is an hour away). */
class SlaWatchTest {

    @Test
    void eachBreachIsReportedOnceOverTwoRounds() throws Exception {
        TicketDesk desk = new TicketDesk();
        TicketDto old;
        CallContext.bind(CrmDatabase.ADMIN);
        try {
            desk.clock.set(at("2020-01-06T09:00"));
            old = desk.tickets.create(new TicketInput(null, "Old ticket", null, null, TicketPriority.URGENT, null,
                    desk.customer("ACME", "li.na").partyId(), null, null, null));
        } finally {
            CallContext.clear();
        }
        SlaWatch watch = new SlaWatch(desk.sla, TicketDesk.config(3600, new String[] {"MON", "TUE", "WED", "THU", "FRI"},
                new String[0], new String[0]));
        // the platform runs each round as the system; both URGENT targets of 2020 have long passed
        assertEquals("2 new breach(es)", CallContext.runAs(Caller.SYSTEM, watch::runOnce));
        assertNull(CallContext.runAs(Caller.SYSTEM, watch::runOnce));
        assertEquals(Duration.ofSeconds(3600), watch.interval());
        List<String> events = desk.db.published.stream().filter(p -> p.startsWith(CrmTopics.TICKET_SLA_BREACHED)).toList();
        assertEquals(2, events.size(), "first response and resolution, once each over two rounds");
        assertTrue(events.stream().allMatch(e -> e.contains(old.number())));
    }
}
