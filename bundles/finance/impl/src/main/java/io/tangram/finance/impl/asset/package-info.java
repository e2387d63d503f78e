/**
 * Fixed assets and depreciation on the {@code fin_asset*} and {@code fin_depreciation_*} tables
 * (migration V4). The rules without SQL ({@link io.tangram.finance.impl.asset.DepreciationSchedule},
 * {@link io.tangram.finance.impl.asset.DisposalEntry}) are unit tested on their own; the services post
 * every amount through {@link io.tangram.finance.api.Vouchers#record}.
 */
package io.tangram.finance.impl.asset;
