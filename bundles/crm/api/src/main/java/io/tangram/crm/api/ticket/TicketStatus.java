package io.tangram.crm.api.ticket;

/**
 * Where a ticket stands. {@code NEW} until an agent first acts on it; {@code OPEN} while being worked;
 * {@code PENDING} while waiting for the customer; {@code RESOLVED} when the agent has solved it;
 * {@code CLOSED} when done for good. A resolved or closed ticket can be reopened (back to {@code OPEN}).
 */
public enum TicketStatus {
    NEW, OPEN, PENDING, RESOLVED, CLOSED;

    /** Whether a ticket may go from this status to {@code next}. */
    public boolean canBecome(TicketStatus next) {
        return switch (this) {
            case NEW -> next == OPEN || next == PENDING || next == RESOLVED;
            case OPEN -> next == PENDING || next == RESOLVED;
            case PENDING -> next == OPEN || next == RESOLVED;
            case RESOLVED -> next == CLOSED || next == OPEN;
            case CLOSED -> next == OPEN;
        };
    }
}
