package io.tangram.inventory.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stock promised to a document (e.g. a sales order line) but not yet issued.
 *
 * @param quantity remaining reserved quantity; issuing against the reservation lowers it
 */
public record ReservationDto(long id, long companyId, long productId, String productCode, long warehouseId,
                             String warehouseCode, BigDecimal quantity, BigDecimal issued, String documentType,
                             String documentRef, ReservationStatus status, Instant createdAt) {
}
