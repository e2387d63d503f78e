package io.tangram.finance.api.asset;

/** State of a monthly depreciation run. */
public enum DepreciationRunStatus {
    /** Computed for a look, nothing posted. */
    PREVIEW,
    /** Its voucher is posted. */
    POSTED,
    /** Its voucher was reversed (红字冲销); the month can be run again. */
    REVERSED
}
