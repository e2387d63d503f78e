/**
 * Voucher rules without OSGi or SQL, so they can be unit tested exactly: when a voucher balances
 * ({@link io.tangram.finance.impl.voucher.VoucherBalance}) and how a posted voucher is numbered
 * ({@link io.tangram.finance.impl.voucher.VoucherNumber}).
 */
package io.tangram.finance.impl.voucher;
