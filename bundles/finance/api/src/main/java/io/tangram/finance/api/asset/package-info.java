/**
 * Fixed assets (固定资产): asset categories with their default life and accounts, the asset register,
 * the monthly straight-line depreciation run (one voucher per month, posted exactly once) and
 * disposal. Everything that moves money is posted through {@link io.tangram.finance.api.Vouchers}.
 */
@Export
@Version("1.0.0")
package io.tangram.finance.api.asset;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
