package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The general ledger of one account (明细账) between two dates: opening balance, each posted line in
 * date and voucher order with the running balance, closing balance. Balances are positive on the
 * account's normal side. A parent account shows the lines of all its sub-accounts.
 */
public record AccountLedger(String accountCode, String accountName, NormalBalance normalBalance, LocalDate from,
                            LocalDate to, Money opening, List<LedgerEntry> entries, Money debit, Money credit,
                            Money closing) {
    public AccountLedger {
        entries = List.copyOf(entries);
    }
}
