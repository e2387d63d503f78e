package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One immutable line of the stock ledger. On-hand stock is the sum of moves; a mistake is corrected
 * by a reversing move ({@code reversesMoveId}), never by changing a move.
 *
 * @param quantity   signed: positive into the warehouse, negative out of it
 * @param unitCost   cost per unit the goods moved at (scale 6, company currency)
 * @param value      signed value of the move (quantity × cost, rounded), which finance posts
 * @param sourceType document type that caused the move ({@code PO}, {@code SO}, {@code STOCKTAKE}, …), may be {@code null}
 * @param sourceRef  number of that document, may be {@code null}
 */
public record StockMoveDto(long id, long companyId, MoveType type, long productId, String productCode, long warehouseId,
                           String warehouseCode, String locationCode, BigDecimal quantity, BigDecimal unitCost, Money value,
                           String lotNumber, String sourceType, String sourceRef, Long reversesMoveId,
                           Long reversedByMoveId, String note, Instant postedAt, String postedBy) {
}
