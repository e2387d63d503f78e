package io.tangram.finance.api.posting;

import java.time.Instant;

/**
 * One event finance handled and what came of it.
 *
 * @param voucherNumber the voucher posted for it, {@code null} if none
 */
public record PostingLogEntry(long eventId, String topic, String sourceRef, Instant occurredAt,
                              PostingOutcome outcome, Long voucherId, String voucherNumber, String note,
                              Instant handledAt) {
}
