package io.tangram.inventory.impl.service;

import java.math.BigDecimal;

import io.tangram.inventory.api.InventoryTopics;
import io.tangram.platform.api.sql.Sql;
import io.tangram.inventory.impl.ledger.Moves;
import io.tangram.inventory.impl.replenishment.ReorderLevels;
import io.tangram.inventory.impl.replenishment.ReorderProposal;
import io.tangram.platform.api.event.EventPublisher;

/**
 * Raises {@link InventoryTopics#LOW_STOCK} when a posting or reservation takes a product's projected
 * stock in a warehouse from above its reorder point to at or below it. Call it inside the posting's
 * transaction, after the balance was saved; the event commits or rolls back with the posting.
 */
final class LowStockWatch {
    private final StockPositions positions;
    private final EventPublisher events;

    LowStockWatch(Sql sql, EventPublisher events) {
        this.positions = new StockPositions(sql);
        this.events = events;
    }

    /**
     * Checks the stock of a product in a warehouse after its projected stock went down by
     * {@code decrease} (the quantity issued, lost, transferred away or newly reserved).
     */
    void afterDecrease(long companyId, long productId, String productCode, long warehouseId, BigDecimal decrease) {
        if (decrease.signum() <= 0) {
            return;
        }
        ReorderLevels levels = positions.settings(productId).map(StockPositions.Settings::levels).orElse(ReorderLevels.NONE);
        if (levels.reorderPoint() == null) {
            return;
        }
        StockPositions.Position now = positions.position(productId, warehouseId);
        BigDecimal after = now.projected();
        if (ReorderProposal.fellToReorderPoint(levels, after.add(decrease), after)) {
            events.publish(InventoryTopics.LOW_STOCK, companyId, productCode, InventoryJson.object(
                    "companyId", companyId, "productId", productId, "productCode", productCode, "warehouseId", warehouseId,
                    "onHand", Moves.plain(now.onHand()), "reserved", Moves.plain(now.reserved()),
                    "openPurchase", Moves.plain(now.openPurchase()), "projected", Moves.plain(after),
                    "reorderPoint", Moves.plain(levels.reorderPoint())));
        }
    }
}
