package io.tangram.finance.api;

/** A voucher is a draft until it is posted; a posted voucher never changes and is corrected by reversal. */
public enum VoucherStatus {
    DRAFT, POSTED
}
