package io.tangram.finance.api.bank;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;

/**
 * A posted, unmatched ledger line that may record a bank statement line: same amount, on the bank
 * account's ledger account, dated near the statement line.
 *
 * @param amount            the ledger line's amount on the bank's sign: a debit (receipt) positive, a
 *                          credit (payment) negative
 * @param daysApart         days between the ledger line and the statement line
 * @param referenceFound    the statement reference appears in the voucher number, description or source
 * @param counterpartyFound the statement counterparty appears in the voucher or line description
 * @param score             rank: higher is likelier; a found reference outweighs any date distance
 */
public record MatchSuggestion(long voucherLineId, long voucherId, String voucherNumber, LocalDate date, Money amount,
                              String description, int daysApart, boolean referenceFound, boolean counterpartyFound,
                              int score) {
}
