package io.tangram.finance.api;

/** Whether vouchers may still be posted into a fiscal period. */
public enum PeriodStatus {
    OPEN, CLOSED
}
