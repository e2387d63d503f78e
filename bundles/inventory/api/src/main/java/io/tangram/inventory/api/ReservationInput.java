package io.tangram.inventory.api;

import java.math.BigDecimal;

/** A request to hold {@code quantity} of a product in a warehouse for a document. */
public record ReservationInput(Long productId, Long warehouseId, BigDecimal quantity, String documentType,
                               String documentRef) {
}
