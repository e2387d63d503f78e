package io.tangram.finance.api.asset;

/** Topics of the durable events the fixed-asset register publishes; payloads are JSON, amounts plain decimals. */
public final class AssetTopics {

    /** A month's depreciation was posted. Payload: {@code runId, companyId, period, voucherId, total, assets}. */
    public static final String DEPRECIATION_POSTED = "tangram/finance/DepreciationPosted";

    /** An asset was disposed. Payload: {@code assetId, companyId, code, date, proceeds, netBookValue, voucherId}. */
    public static final String ASSET_DISPOSED = "tangram/finance/AssetDisposed";

    private AssetTopics() {
    }
}
