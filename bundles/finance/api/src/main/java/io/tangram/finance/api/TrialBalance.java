package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * Opening balances, movements and closing balances of every account with any of them, from
 * {@code from} to {@code to} inclusive. Totals are over top-level accounts; each debit total equals
 * its credit total when the ledger balances.
 */
public record TrialBalance(LocalDate from, LocalDate to, String currency, List<TrialBalanceLine> lines,
                           Money openingDebit, Money openingCredit, Money debit, Money credit, Money closingDebit,
                           Money closingCredit) {
    public TrialBalance {
        lines = List.copyOf(lines);
    }

    /** Whether every debit total equals its credit total. */
    public boolean balanced() {
        return openingDebit.equals(openingCredit) && debit.equals(credit) && closingDebit.equals(closingCredit);
    }
}
