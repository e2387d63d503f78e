package io.tangram.finance.api.bank;

/** Whether a bank statement line has been matched to the book entries that record it. */
public enum MatchStatus {
    UNMATCHED, MATCHED
}
