package io.tangram.finance.api.arap;

import java.time.LocalDate;
import java.util.List;

/**
 * A credit note (红字发票) on a posted invoice, posted at once.
 *
 * @param date           credit note date; today when {@code null}. Decides the period of its voucher and VAT
 * @param reason         why (returned goods, price allowance, cancellation), required
 * @param externalNumber the red tax invoice's number, optional
 * @param lines          what to credit; empty or {@code null} credits everything still open on the invoice,
 *                       which is how an invoice is cancelled
 */
public record CreditNoteInput(LocalDate date, String reason, String externalNumber, List<CreditNoteLineInput> lines) {
}
