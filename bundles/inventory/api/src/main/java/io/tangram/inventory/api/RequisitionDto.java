package io.tangram.inventory.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A request to buy, from replenishment or from a shortage of another document. */
public record RequisitionDto(long id, long companyId, String number, long productId, String productCode,
                             long warehouseId, String warehouseCode, BigDecimal quantity, String sourceType,
                             String sourceRef, RequisitionStatus status, Long purchaseOrderId,
                             String purchaseOrderNumber, Instant createdAt) {
}
