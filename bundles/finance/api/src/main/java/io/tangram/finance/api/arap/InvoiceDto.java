package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice or a credit note with its lines. Amounts are positive on both; a credit note's voucher
 * is the opposite of its invoice's.
 *
 * @param number          {@code SI-2026-000001} (sales), {@code PI-…} (purchase), {@code SC-…}/{@code PC-…} (credit notes)
 * @param creditNoteOf    on a credit note: the invoice it credits; {@code null} on an invoice
 * @param credited        Σ posted credit notes of this invoice
 * @param paid            Σ posted receipt or payment allocations to this invoice
 * @param open            total − credited − paid: what the party still owes or is owed
 * @param voucherNumber   the voucher posting made, {@code null} for a draft
 */
public record InvoiceDto(long id, long companyId, InvoiceKind kind, String number, InvoiceStatus status, long partyId,
                         LocalDate invoiceDate, int paymentTermsDays, LocalDate dueDate, String externalNumber,
                         String currency, String description, Long creditNoteOf, Money totalNet, Money totalTax,
                         Money total, Money credited, Money paid, Money open, Long voucherId, String voucherNumber,
                         List<InvoiceLineDto> lines, String createdBy, Instant createdAt, String postedBy,
                         Instant postedAt) {
    public InvoiceDto {
        lines = List.copyOf(lines);
    }
}
