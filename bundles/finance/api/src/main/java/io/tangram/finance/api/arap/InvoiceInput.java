package io.tangram.finance.api.arap;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as entered (kept as a draft until posted).
 *
 * @param companyId        {@code null} for the default company
 * @param partyId          the customer (sales) or supplier (purchase), a master-data party
 * @param paymentTermsDays days after {@code invoiceDate} the invoice is due; the party's terms when {@code null}
 * @param dueDate          overrides {@code invoiceDate + paymentTermsDays} when given
 * @param externalNumber   the supplier's invoice number (or the tax invoice number of a sales invoice);
 *                         unique per party, so a supplier invoice is not entered twice
 */
public record InvoiceInput(Long companyId, InvoiceKind kind, Long partyId, LocalDate invoiceDate,
                           Integer paymentTermsDays, LocalDate dueDate, String externalNumber, String description,
                           List<InvoiceLineInput> lines) {
}
