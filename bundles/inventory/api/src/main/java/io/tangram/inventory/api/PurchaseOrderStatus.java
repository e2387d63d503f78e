package io.tangram.inventory.api;

/** Life of a purchase order. */
public enum PurchaseOrderStatus {
    DRAFT, SUBMITTED, APPROVED, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED
}
