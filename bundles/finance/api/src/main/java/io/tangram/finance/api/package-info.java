/**
 * Finance: the chart of accounts, fiscal periods, vouchers (journal entries) and the reports read
 * from them. Other modules post through {@link io.tangram.finance.api.Vouchers} or, preferably,
 * through their durable events, which finance turns into vouchers exactly once.
 */
@Export
@Version("1.1.0")
package io.tangram.finance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
