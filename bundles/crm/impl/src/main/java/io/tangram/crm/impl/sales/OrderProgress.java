package io.tangram.crm.impl.sales;

import java.math.BigDecimal;

import io.tangram.crm.api.sales.SalesOrderStatus;

/**
 * An order's status from what happened to it: shipped when every line is, invoiced when moreover
 * every shipment is invoiced, paid when moreover what was invoiced is paid in full.
 */
public final class OrderProgress {

    private OrderProgress() {
    }

    /**
     * @param linesFullyShipped   every line's shipped quantity reached its ordered quantity
     * @param anyShipped          at least one shipment
     * @param uninvoicedShipments shipments finance has not invoiced yet
     */
    public static SalesOrderStatus status(SalesOrderStatus current, boolean linesFullyShipped, boolean anyShipped,
                                          int uninvoicedShipments, BigDecimal invoiced, BigDecimal paid) {
        if (current == SalesOrderStatus.DRAFT || current == SalesOrderStatus.CANCELLED) {
            return current;
        }
        if (!anyShipped) {
            return SalesOrderStatus.CONFIRMED;
        }
        if (!linesFullyShipped) {
            return SalesOrderStatus.PARTIALLY_SHIPPED;
        }
        if (uninvoicedShipments > 0) {
            return SalesOrderStatus.SHIPPED;
        }
        return paid.compareTo(invoiced) >= 0 ? SalesOrderStatus.PAID : SalesOrderStatus.INVOICED;
    }
}
