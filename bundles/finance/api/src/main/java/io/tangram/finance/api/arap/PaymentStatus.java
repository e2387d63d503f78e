package io.tangram.finance.api.arap;

/** Life of a receipt or payment. Receipts go straight to {@link #POSTED}. */
public enum PaymentStatus {
    DRAFT,
    /** Waiting for the approval workflow of the OA module. */
    SUBMITTED,
    APPROVED,
    POSTED
}
