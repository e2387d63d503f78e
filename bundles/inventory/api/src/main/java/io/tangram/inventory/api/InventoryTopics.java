package io.tangram.inventory.api;

/**
 * Topics of the durable events inventory publishes (outbox). Payloads are JSON objects; amounts are
 * plain decimal numbers in the company currency, quantities signed as on the move.
 */
public final class InventoryTopics {

    /**
     * Goods received into stock. Payload: {@code moveId, companyId, number} (receipt number),
     * {@code purchaseOrder} (PO number or {@code null}), {@code supplierId}, {@code warehouseId},
     * {@code currency}, {@code lines: [{moveId, productId, productCode, category, quantity, unitCost, value, taxRate}]},
     * {@code totalValue}. Finance posts inventory against GR/IR clearing.
     */
    public static final String GOODS_RECEIVED = "tangram/inventory/GoodsReceived";

    /**
     * Goods issued out of stock. Payload: {@code moveId, companyId, productId, productCode, category,
     * warehouseId, quantity} (positive), {@code unitCost, value} (cost of goods, positive),
     * {@code currency, sourceType, sourceRef}. Finance posts cost of goods sold against inventory.
     */
    public static final String GOODS_ISSUED = "tangram/inventory/GoodsIssued";

    /**
     * Stock corrected by an adjustment, a stocktake variance or a reversal. Payload: {@code moveId,
     * companyId, productId, productCode, category, warehouseId, moveType, quantity, value} (signed),
     * {@code currency, reason, reversesMoveId}.
     */
    public static final String STOCK_ADJUSTED = "tangram/inventory/StockAdjusted";

    /**
     * Goods moved between warehouses at their cost. Payload: {@code outMoveId, inMoveId, companyId,
     * productId, productCode, fromWarehouseId, toWarehouseId, quantity, value, currency}.
     */
    public static final String STOCK_TRANSFERRED = "tangram/inventory/StockTransferred";

    /**
     * Projected stock (on hand + open purchase − reserved) of a product in a warehouse fell from above
     * its reorder point to at or below it, after an issue, a loss, a transfer out, a reversal or a
     * reservation. Raised once per fall, not again while it stays low. Payload: {@code companyId,
     * productId, productCode, warehouseId, onHand, reserved, openPurchase, projected, reorderPoint}.
     */
    public static final String LOW_STOCK = "tangram/inventory/LowStock";

    /** A purchase order was approved. Payload: {@code id, number, companyId, supplierId, currency, totalNet, totalTax, total}. */
    public static final String PURCHASE_ORDER_APPROVED = "tangram/inventory/PurchaseOrderApproved";

    private InventoryTopics() {
    }
}
