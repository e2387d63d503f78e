package io.tangram.inventory.api;

/** Filters of a purchase order search; {@code null} means any. */
public record PurchaseOrderQuery(PurchaseOrderStatus status, Long supplierId, String q) {
}
