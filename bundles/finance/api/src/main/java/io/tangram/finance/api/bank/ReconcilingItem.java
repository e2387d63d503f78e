package io.tangram.finance.api.bank;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;

/**
 * An entry on one side that the other side does not have yet at the reconciliation date (未达账项).
 *
 * @param amount          positive; the list it is in says whether it is money in or out
 * @param reference       the voucher number of a book entry, the bank's reference of a statement line
 * @param voucherLineId   set for a book entry
 * @param statementLineId set for a bank statement line
 */
public record ReconcilingItem(LocalDate date, Money amount, String reference, String description, Long voucherLineId,
                              Long statementLineId) {
}
