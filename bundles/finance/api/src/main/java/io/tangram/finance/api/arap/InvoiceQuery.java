package io.tangram.finance.api.arap;

import java.time.LocalDate;

/**
 * Filters of an invoice search; {@code null} fields do not filter.
 *
 * @param overdueAt      only invoices still open and due before this day
 * @param creditNotes    {@code true} only credit notes, {@code false} only invoices, {@code null} both
 * @param q              part of the number, the external number or the description
 */
public record InvoiceQuery(InvoiceKind kind, Long partyId, InvoiceStatus status, LocalDate overdueAt,
                           Boolean creditNotes, String q) {
}
