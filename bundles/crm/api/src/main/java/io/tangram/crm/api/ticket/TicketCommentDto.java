package io.tangram.crm.api.ticket;

import java.time.Instant;

/** A reply or internal note on a ticket; notes written by the SLA check have the author {@code system}. */
public record TicketCommentDto(long id, long ticketId, String author, String body, boolean internal, Instant createdAt) {
}
