package io.tangram.crm.api.sales;

/**
 * An order's progress, following its shipments and finance's invoice and payment events: every line
 * shipped makes it {@code SHIPPED}, every shipment invoiced {@code INVOICED}, every invoice paid
 * {@code PAID}.
 */
public enum SalesOrderStatus {
    DRAFT, CONFIRMED, PARTIALLY_SHIPPED, SHIPPED, INVOICED, PAID, CANCELLED
}
