package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order with its lines and totals.
 *
 * @param statusReason why it was last rejected or cancelled (for an OA rejection: who and the comment)
 * @param approvalRef  the OA approval it waits for while SUBMITTED, {@code null} when approved in inventory
 */
public record PurchaseOrderDto(long id, long companyId, String number, long supplierId, String supplierCode,
                               String supplierName, long warehouseId, String warehouseCode, PurchaseOrderStatus status,
                               LocalDate orderDate, LocalDate expectedDate, String currency, Money totalNet,
                               Money totalTax, Money total, String note, List<PurchaseOrderLineDto> lines,
                               String approvedBy, Instant approvedAt, String statusReason, String approvalRef) {

    public PurchaseOrderDto {
        lines = List.copyOf(lines);
    }
}
