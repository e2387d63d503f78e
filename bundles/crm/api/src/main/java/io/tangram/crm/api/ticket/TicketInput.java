package io.tangram.crm.api.ticket;

/**
 * A ticket as entered or changed. A change replaces every field except the customer and the channel,
 * which stay as they were, and the priority, which stays when {@code null}.
 *
 * @param companyId    {@code null} for the default company
 * @param channel      {@code PHONE} when {@code null}
 * @param priority     {@code NORMAL} when {@code null}
 * @param customerId   the customer's party id; required when opening a ticket (any customer of the
 *                     company: service agents answer customers they do not own)
 * @param salesOrderId the customer's sales order the ticket is about, optional
 * @param assignee     username of the agent working the ticket, optional
 * @param queue        code of the service team ({@code crm_team}) the ticket waits in, optional
 */
public record TicketInput(Long companyId, String subject, String description, TicketChannel channel,
                          TicketPriority priority, String category, Long customerId, Long salesOrderId, String assignee,
                          String queue) {
}
