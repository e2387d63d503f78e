package io.tangram.finance.api.arap;

import java.math.BigDecimal;

/**
 * What a credit note takes back from one invoice line: a quantity (goods returned, priced at the
 * line's unit price) or a net amount (a price allowance, 折让) — exactly one of the two.
 *
 * @param lineNo the invoice line, 1-based
 */
public record CreditNoteLineInput(Integer lineNo, BigDecimal quantity, BigDecimal netAmount) {
}
