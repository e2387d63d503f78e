package io.tangram.finance.api.arap;

import java.time.LocalDate;

/** Filters of a receipt and payment search; {@code null} fields do not filter. */
public record PaymentQuery(PaymentKind kind, Long partyId, PaymentStatus status, LocalDate from, LocalDate to) {
}
