package io.tangram.finance.api;

/** The side on which an account's balance normally stands (借 / 贷). */
public enum NormalBalance {
    DEBIT, CREDIT
}
