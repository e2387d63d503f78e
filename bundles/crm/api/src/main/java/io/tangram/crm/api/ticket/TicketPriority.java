package io.tangram.crm.api.ticket;

/** How urgent a ticket is; each priority has its own SLA targets. */
public enum TicketPriority {
    URGENT, HIGH, NORMAL, LOW
}
