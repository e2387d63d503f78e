package io.tangram.inventory.api;

import java.math.BigDecimal;

/** One line to order when converting suggestions: a product, warehouse and quantity, supplier optional. */
public record SuggestionLine(Long productId, Long warehouseId, BigDecimal quantity, Long supplierId) {
}
