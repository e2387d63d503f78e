package io.tangram.crm.api.ticket;

import java.time.Instant;

/**
 * A service ticket with its SLA clock. Due times are counted in business hours from {@code openedAt}
 * with the policy of the ticket's priority; a target is met when the first response (the first public
 * reply or status change by an agent) or the resolution came at or before its due time.
 *
 * @param number                 {@code TK-2026-000001}
 * @param salesOrderId           {@code null} when not about an order
 * @param assignee               {@code null} while unassigned
 * @param queue                  service team code, {@code null} when none
 * @param firstResponseBreached  the first response target was missed (marked once by the SLA check)
 * @param resolutionBreached     the resolution target was missed (marked once by the SLA check)
 * @param escalatedTo            whom the last breach was escalated to: the assignee's manager, else the queue code
 */
public record TicketDto(long id, long companyId, String number, String subject, String description,
                        TicketChannel channel, TicketPriority priority, String category, long customerId,
                        String customerName, Long salesOrderId, String assignee, String queue, TicketStatus status,
                        Instant openedAt, Instant firstResponseDue, Instant firstRespondedAt,
                        boolean firstResponseBreached, Instant resolutionDue, Instant resolvedAt,
                        boolean resolutionBreached, Instant closedAt, int reopenCount, String escalatedTo,
                        String createdBy, Instant updatedAt) {
}
