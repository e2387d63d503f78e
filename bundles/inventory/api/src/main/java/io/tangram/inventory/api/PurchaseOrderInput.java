package io.tangram.inventory.api;

import java.time.LocalDate;
import java.util.List;

/** A purchase order as entered; {@code currency} defaults to the company currency, the only one accepted until finance provides exchange rates. */
public record PurchaseOrderInput(Long companyId, Long supplierId, Long warehouseId, LocalDate expectedDate,
                                 String currency, String note, List<PurchaseOrderLineInput> lines) {
}
