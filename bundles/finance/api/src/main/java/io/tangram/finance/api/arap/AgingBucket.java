package io.tangram.finance.api.arap;

/** Days past the due date at the aging date. */
public enum AgingBucket {
    /** Not yet due (due on or after the aging date). */
    CURRENT,
    DAYS_1_30,
    DAYS_31_60,
    DAYS_61_90,
    OVER_90
}
