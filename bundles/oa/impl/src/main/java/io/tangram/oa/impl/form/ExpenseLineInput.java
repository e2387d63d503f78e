package io.tangram.oa.impl.form;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One expense: amount incl. VAT with at most 2 decimals, the receipt as an OA document id (optional),
 * and a cost centre when it differs from the claim's.
 */
public record ExpenseLineInput(ExpenseCategory category, LocalDate date, String description, BigDecimal amount,
                               Long receiptDocumentId, String costCentre) {
}
