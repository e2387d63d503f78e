package io.tangram.crm.api.ticket;

import java.time.Instant;

/**
 * A target a ticket missed, as found by the SLA check.
 *
 * @param escalatedTo the assignee's manager, else the ticket's queue code; {@code null} when neither exists
 */
public record SlaBreachDto(long ticketId, String number, long companyId, long customerId, TicketPriority priority,
                           SlaTarget target, Instant dueAt, String escalatedTo, Instant detectedAt) {
}
