package io.tangram.finance.api;

/**
 * What an account measures, which decides the statement it appears in: assets, liabilities and equity
 * in the balance sheet, revenue and expenses in the income statement. The China chart's cost class
 * (成本类, e.g. 4001 生产成本) is carried as {@link #ASSET}: work in progress is stock.
 */
public enum AccountType {
    ASSET, LIABILITY, EQUITY, REVENUE, EXPENSE;

    /** The side balances of this type normally stand on. */
    public NormalBalance normalBalance() {
        return this == ASSET || this == EXPENSE ? NormalBalance.DEBIT : NormalBalance.CREDIT;
    }
}
