package io.tangram.inventory.api;

/** Life of a purchase requisition. */
public enum RequisitionStatus {
    /** Waiting to be ordered. */
    OPEN,
    /** Turned into a purchase order line. */
    ORDERED,
    /** No longer needed. */
    CANCELLED
}
