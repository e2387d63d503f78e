package io.tangram.inventory.impl.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tangram.inventory.api.CostingMethod;
import io.tangram.inventory.api.MoveType;
import io.tangram.inventory.impl.costing.CostLayer;
import io.tangram.inventory.impl.costing.CostedMove;
import io.tangram.inventory.impl.costing.LayerTake;
import io.tangram.inventory.impl.costing.StockValuation;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.tx.Transactions;

/**
 * Writes the stock ledger. Every posting locks the balance row of its product and warehouse for
 * the rest of the transaction (an UPDATE takes the row lock on Derby and PostgreSQL alike), so
 * concurrent postings and reservations of the same stock run one after the other and never
 * oversell; other products and warehouses are not blocked.
 */
public final class Posting {

    private final Sql sql;
    private final Transactions tx;

    public Posting(Sql sql, Transactions tx) {
        this.sql = sql;
        this.tx = tx;
    }

    /** Locks the balance of a product in a warehouse (creating it at zero) and loads its valuation. */
    public Balance lock(long companyId, long productId, long warehouseId, CostingMethod method, int valueScale) {
        Instant now = Instant.now();
        if (sql.update("UPDATE inv_stock_balance SET updated_at = ? WHERE product_id = ? AND warehouse_id = ?",
                now, productId, warehouseId) == 0) {
            tx.requiresNew(() -> {
                try {
                    sql.update("INSERT INTO inv_stock_balance (product_id, warehouse_id, company_id, quantity, reserved,"
                            + " value_amount, last_unit_cost, updated_at) VALUES (?, ?, ?, 0, 0, 0, 0, ?)",
                            productId, warehouseId, companyId, now);
                } catch (Sql.DuplicateKeyException createdMeanwhile) {
                    // another transaction created the row first: it is there, which is all we need
                    return null;
                }
                return null;
            });
            sql.update("UPDATE inv_stock_balance SET updated_at = ? WHERE product_id = ? AND warehouse_id = ?",
                    now, productId, warehouseId);
        }
        return sql.one("SELECT quantity, reserved, value_amount, last_unit_cost FROM inv_stock_balance"
                + " WHERE product_id = ? AND warehouse_id = ?", rs -> {
                    List<CostLayer> layers = method == CostingMethod.FIFO ? layers(productId, warehouseId) : List.of();
                    StockValuation valuation = StockValuation.of(method, valueScale, rs.getBigDecimal("quantity"),
                            rs.getBigDecimal("value_amount").setScale(valueScale), rs.getBigDecimal("last_unit_cost"), layers);
                    return new Balance(companyId, productId, warehouseId, valuation, rs.getBigDecimal("reserved"));
                }, productId, warehouseId).orElseThrow();
    }

    private List<CostLayer> layers(long productId, long warehouseId) {
        return sql.list("SELECT layer_ref, remaining, unit_cost FROM inv_cost_layer WHERE product_id = ? AND warehouse_id = ?"
                + " ORDER BY layer_ref", rs -> new CostLayer(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)),
                productId, warehouseId);
    }

    /** The layer reference a new incoming move of this product and warehouse gets (call while locked). */
    public long nextLayerRef(long productId, long warehouseId) {
        long max = sql.one("SELECT COALESCE(MAX(layer_ref), 0) FROM inv_stock_move WHERE product_id = ? AND warehouse_id = ?",
                rs -> rs.getLong(1), productId, warehouseId).orElse(0L);
        return max + 1;
    }

    /** Stores the balance after the valuation changed (quantity, value, last cost, FIFO layers, reserved). */
    public void save(Balance balance) {
        StockValuation v = balance.valuation();
        sql.update("UPDATE inv_stock_balance SET quantity = ?, reserved = ?, value_amount = ?, last_unit_cost = ?, updated_at = ?"
                + " WHERE product_id = ? AND warehouse_id = ?", v.quantity(), balance.reserved(), v.value(),
                v.lastUnitCost(), Instant.now(), balance.productId(), balance.warehouseId());
        if (v.method() == CostingMethod.FIFO) {
            sql.update("DELETE FROM inv_cost_layer WHERE product_id = ? AND warehouse_id = ?",
                    balance.productId(), balance.warehouseId());
            for (CostLayer layer : v.layers()) {
                sql.update("INSERT INTO inv_cost_layer (product_id, warehouse_id, layer_ref, remaining, unit_cost)"
                        + " VALUES (?, ?, ?, ?, ?)", balance.productId(), balance.warehouseId(), layer.layerRef(),
                        layer.remaining(), layer.unitCost());
            }
        }
    }

    /**
     * Inserts one move for goods coming in ({@code sign} +1) or going out (−1) with the cost the
     * valuation computed, and returns it with its id.
     */
    public MoveRow insert(Balance balance, MoveType type, String productCode, int sign, CostedMove cost, Long layerRef,
                          String currency, MoveRow.Origin origin) {
        BigDecimal quantity = sign > 0 ? cost.quantity() : cost.quantity().negate();
        BigDecimal value = sign > 0 ? cost.value().subtract(cost.variance()) : cost.value().add(cost.variance()).negate();
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        String user = CallContext.actorName();
        long id = sql.insert("INSERT INTO inv_stock_move (company_id, move_type, product_id, product_code, warehouse_id,"
                + " location_code, quantity, unit_cost, value_amount, variance_amount, currency, lot_number, source_type,"
                + " source_ref, reverses_move_id, counterpart_move_id, receipt_id, purchase_order_line_id, layer_ref,"
                + " note, posted_on, posted_at, posted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                balance.companyId(), type, balance.productId(), productCode, balance.warehouseId(), origin.locationCode(),
                quantity, cost.unitCost(), value, cost.variance(), currency, origin.lotNumber(), origin.sourceType(),
                origin.sourceRef(), Sql.orNull(origin.reversesMoveId()), Sql.orNull(origin.counterpartMoveId()),
                Sql.orNull(origin.receiptId()), Sql.orNull(origin.purchaseOrderLineId()), Sql.orNull(layerRef),
                origin.note(), today, now, user);
        for (LayerTake take : cost.takes()) {
            sql.update("INSERT INTO inv_move_take (move_id, layer_ref, quantity, unit_cost) VALUES (?, ?, ?, ?)",
                    id, take.layerRef(), take.quantity(), take.unitCost());
        }
        return new MoveRow(id, balance.companyId(), type, balance.productId(), productCode, balance.warehouseId(),
                origin.locationCode(), quantity, cost.unitCost(), value, cost.variance(), currency, origin.lotNumber(),
                origin.sourceType(), origin.sourceRef(), origin.reversesMoveId(), origin.counterpartMoveId(),
                origin.receiptId(), origin.purchaseOrderLineId(), layerRef, origin.note(), today, now, user,
                cost.takes());
    }

    /** A stored move with its FIFO takes. */
    public Optional<MoveRow> move(long id) {
        return sql.one("SELECT * FROM inv_stock_move WHERE id = ?", rs -> Moves.row(rs, takes(id)), id);
    }

    /** The FIFO layers an outgoing move consumed. */
    public List<LayerTake> takes(long moveId) {
        return new ArrayList<>(sql.list("SELECT layer_ref, quantity, unit_cost FROM inv_move_take WHERE move_id = ?"
                + " ORDER BY layer_ref", rs -> new LayerTake(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), moveId));
    }

    /** The move that reverses {@code moveId}, if any. */
    public Optional<Long> reversalOf(long moveId) {
        return sql.one("SELECT id FROM inv_stock_move WHERE reverses_move_id = ?", rs -> rs.getLong(1), moveId);
    }
}
