package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;

/** Quantity and value of one product in one warehouse at the valuation date. */
public record ValuationLine(long productId, String productCode, String productName, long warehouseId,
                            String warehouseCode, BigDecimal quantity, Money value) {
}
