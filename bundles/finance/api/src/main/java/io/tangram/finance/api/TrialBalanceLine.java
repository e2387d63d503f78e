package io.tangram.finance.api;

import io.tangram.platform.api.money.Money;

/**
 * One account of a trial balance (科目余额表), in the company currency. A parent account's figures
 * are the sums of its sub-accounts.
 *
 * @param level 1 for a top-level account, 2 for its sub-accounts, …
 */
public record TrialBalanceLine(String accountCode, String accountName, AccountType type, int level, boolean postable,
                               Money openingDebit, Money openingCredit, Money debit, Money credit, Money closingDebit,
                               Money closingCredit) {
}
