package io.tangram.inventory.api;

import java.math.BigDecimal;

/** A shortage another module reports, e.g. a sales order that could not be reserved in full. */
public record ShortageInput(Long productId, Long warehouseId, BigDecimal quantity, String sourceType, String sourceRef,
                            String note) {
}
