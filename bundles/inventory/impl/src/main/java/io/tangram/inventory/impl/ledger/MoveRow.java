package io.tangram.inventory.impl.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.tangram.inventory.api.MoveType;
import io.tangram.inventory.impl.costing.LayerTake;

/**
 * One stock move as stored in {@code inv_stock_move}.
 *
 * @param quantity signed: + into the warehouse, − out
 * @param value    signed change of the stock value
 * @param variance value booked to stock gain/loss instead of stock
 * @param layerRef FIFO layer this move created (incoming moves), else {@code null}
 * @param takes    FIFO layers this move consumed (outgoing moves)
 */
public record MoveRow(long id, long companyId, MoveType type, long productId, String productCode, long warehouseId,
                      String locationCode, BigDecimal quantity, BigDecimal unitCost, BigDecimal value,
                      BigDecimal variance, String currency, String lotNumber, String sourceType, String sourceRef,
                      Long reversesMoveId, Long counterpartMoveId, Long receiptId, Long purchaseOrderLineId,
                      Long layerRef, String note, LocalDate postedOn, Instant postedAt, String postedBy,
                      List<LayerTake> takes) {

    public MoveRow {
        takes = takes == null ? List.of() : List.copyOf(takes);
    }

    /** Where the move came from and why, filled in by the caller of {@link Posting}. */
    public record Origin(String sourceType, String sourceRef, String note, String locationCode, String lotNumber,
                         Long receiptId, Long purchaseOrderLineId, Long reversesMoveId, Long counterpartMoveId) {

        public static Origin of(String sourceType, String sourceRef, String note) {
            return new Origin(sourceType, sourceRef, note, null, null, null, null, null, null);
        }

        public Origin withLot(String location, String lot) {
            return new Origin(sourceType, sourceRef, note, location, lot, receiptId, purchaseOrderLineId,
                    reversesMoveId, counterpartMoveId);
        }

        public Origin withReceipt(Long receipt, Long purchaseOrderLine) {
            return new Origin(sourceType, sourceRef, note, locationCode, lotNumber, receipt, purchaseOrderLine,
                    reversesMoveId, counterpartMoveId);
        }

        public Origin reversing(Long moveId) {
            return new Origin(sourceType, sourceRef, note, locationCode, lotNumber, receiptId, purchaseOrderLineId,
                    moveId, counterpartMoveId);
        }

        public Origin withCounterpart(Long moveId) {
            return new Origin(sourceType, sourceRef, note, locationCode, lotNumber, receiptId, purchaseOrderLineId,
                    reversesMoveId, moveId);
        }
    }
}
