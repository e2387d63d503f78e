package io.tangram.inventory.impl.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.tangram.inventory.api.PurchaseOrderStatus;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.replenishment.ReorderLevels;
import io.tangram.inventory.impl.replenishment.ReorderProposal;

/**
 * Reads what replenishment decides on: stock on hand and reserved, quantities still to come on
 * purchase orders, and the products' reorder settings.
 */
final class StockPositions {

    /** Purchase orders whose unreceived quantities count as coming. */
    static final String OPEN_ORDER_STATUSES = Stream.of(PurchaseOrderStatus.SUBMITTED, PurchaseOrderStatus.APPROVED,
            PurchaseOrderStatus.PARTIALLY_RECEIVED).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    /** Reorder settings of a product as stored. */
    record Settings(long productId, ReorderLevels levels, Long defaultWarehouseId, Long preferredSupplierId) {
    }

    /** Stock of a product in a warehouse with what is reserved of it and what is still to come. */
    record Position(BigDecimal onHand, BigDecimal reserved, BigDecimal openPurchase) {
        BigDecimal projected() {
            return ReorderProposal.projected(onHand, openPurchase, reserved);
        }
    }

    private final Sql sql;

    StockPositions(Sql sql) {
        this.sql = sql;
    }

    Optional<Settings> settings(long productId) {
        return sql.one("SELECT product_id, reorder_point, minimum_qty, maximum_qty, safety_stock, default_warehouse_id,"
                + " preferred_supplier_id FROM inv_stock_settings WHERE product_id = ?", StockPositions::settings, productId);
    }

    /** Settings of the company's products that have a reorder point. */
    List<Settings> withReorderPoint(long companyId) {
        return sql.list("SELECT product_id, reorder_point, minimum_qty, maximum_qty, safety_stock, default_warehouse_id,"
                + " preferred_supplier_id FROM inv_stock_settings WHERE company_id = ? AND reorder_point IS NOT NULL"
                + " ORDER BY product_id", StockPositions::settings, companyId);
    }

    private static Settings settings(ResultSet rs) throws SQLException {
        return new Settings(rs.getLong("product_id"), new ReorderLevels(rs.getBigDecimal("reorder_point"),
                rs.getBigDecimal("minimum_qty"), rs.getBigDecimal("maximum_qty"), rs.getBigDecimal("safety_stock")),
                Sql.nullableLong(rs, "default_warehouse_id"), Sql.nullableLong(rs, "preferred_supplier_id"));
    }

    /** Warehouses holding a balance row of the product (it was ever moved there). */
    List<Long> warehousesWithBalance(long productId) {
        return sql.list("SELECT warehouse_id FROM inv_stock_balance WHERE product_id = ? ORDER BY warehouse_id",
                rs -> rs.getLong(1), productId);
    }

    Position position(long productId, long warehouseId) {
        BigDecimal[] stock = sql.one("SELECT quantity, reserved FROM inv_stock_balance WHERE product_id = ? AND warehouse_id = ?",
                rs -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}, productId, warehouseId)
                .orElse(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        return new Position(stock[0], stock[1], openPurchase(productId, warehouseId));
    }

    /** Ordered but not yet received on submitted, approved and partially received orders for the warehouse. */
    BigDecimal openPurchase(long productId, long warehouseId) {
        return sql.one("SELECT COALESCE(SUM(l.quantity - l.received_qty), 0) FROM inv_purchase_order_line l"
                + " JOIN inv_purchase_order o ON o.id = l.purchase_order_id WHERE l.product_id = ? AND o.warehouse_id = ?"
                + " AND o.status IN " + OPEN_ORDER_STATUSES + " AND l.quantity > l.received_qty",
                rs -> rs.getBigDecimal(1), productId, warehouseId).orElse(BigDecimal.ZERO);
    }
}
