package io.tangram.crm.api.ticket;

/**
 * A reply to the customer, or an internal note only agents read.
 *
 * @param internal {@code true} for an internal note; a public reply when {@code null} or {@code false}
 */
public record TicketCommentInput(String body, Boolean internal) {
}
