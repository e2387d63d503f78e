package io.tangram.crm.api.ticket;

/**
 * A ticket as entered or changed. On a change, the customer and the channel stay as they were.
 *
 * @param companyId    {@code null} for the default company
 * @param channel      {@code PHONE} when {@code null}
 * @param priority     {@code NORMAL} when {@code null}
 * @param customerId   the customer's party id; required when opening a ticket
 * @param salesOrderId the customer's sales order the ticket is about, optional
 * @param assignee     username of the agent working the ticket, optional
 * @param queue        code of the service team ({@code crm_team}) the ticket waits in, optional
 */
public record TicketInput(Long companyId, String subject, String description, TicketChannel channel,
                          TicketPriority priority, String category, Long customerId, Long salesOrderId, String assignee,
                          String queue) {
}
