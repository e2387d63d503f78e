package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;

/**
 * Stock of one product in one warehouse now.
 *
 * @param available on hand minus reserved: what can still be promised
 * @param unitCost  current average cost (moving average) or value ÷ quantity (FIFO)
 */
public record StockLevelDto(long productId, String productCode, String productName, String unitCode, long warehouseId,
                            String warehouseCode, BigDecimal onHand, BigDecimal reserved, BigDecimal available,
                            BigDecimal unitCost, Money value) {
}
