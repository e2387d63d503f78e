package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;

/**
 * One posted line in an account's ledger.
 *
 * @param balance running balance after this line, positive on the account's normal side
 */
public record LedgerEntry(LocalDate date, long voucherId, String voucherNumber, int lineNo, String description,
                          Money debit, Money credit, Money balance) {
}
