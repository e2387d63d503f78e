package io.tangram.crm.api.ticket;

/**
 * Filters for a ticket search; every field optional.
 *
 * @param breached {@code true}: only tickets that breached a target; {@code false}: only those that did not
 * @param q        part of the number, subject or customer name
 */
public record TicketQuery(TicketStatus status, TicketPriority priority, String assignee, String queue, Long customerId,
                          Boolean breached, String q) {

    /** No filter. */
    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, null, null, null);
    }
}
