package io.tangram.finance.api.asset;

/** Where an asset stands in its life. */
public enum AssetStatus {
    /** In use and still depreciated every month. */
    ACTIVE,
    /** Accumulated depreciation has reached cost − residual value: no more depreciation, still in use. */
    FULLY_DEPRECIATED,
    /** Sold, scrapped or otherwise gone (处置); no more depreciation. */
    DISPOSED
}
