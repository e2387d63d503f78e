package io.tangram.finance.api.posting;

import java.time.Instant;

/**
 * An event from before automatic posting started, kept until an admin posts or dismisses it.
 *
 * @param status {@link PostingOutcome#BACKLOG} while undecided, then {@code POSTED},
 *               {@code ALREADY_POSTED}, {@code NOTHING_TO_POST} or {@code DISMISSED}
 */
public record BacklogEvent(long eventId, String topic, String sourceRef, Instant occurredAt, PostingOutcome status,
                           String voucherNumber, String decidedBy, Instant decidedAt, String note) {
}
