package io.tangram.inventory.api;

import java.math.BigDecimal;

/** Quantity received against one purchase order line. */
public record ReceiptLineInput(Long lineId, BigDecimal quantity, String lotNumber) {
}
