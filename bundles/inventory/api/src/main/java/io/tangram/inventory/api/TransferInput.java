package io.tangram.inventory.api;

import java.math.BigDecimal;

/** Moves goods from one warehouse to another at their cost; both halves post in one transaction. */
public record TransferInput(Long productId, Long fromWarehouseId, Long toWarehouseId, BigDecimal quantity,
                            String lotNumber, String note) {
}
