package io.tangram.crm.api.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Goods sent against an order.
 *
 * @param invoiceNumber finance's invoice for it, {@code null} until finance has invoiced it
 * @param invoiceNote   why it is not invoiced yet, e.g. "not invoiced: finance is not installed"
 */
public record ShipmentDto(long id, long companyId, String number, long orderId, String orderNumber, long customerId,
                          LocalDate shipDate, String currency, BigDecimal totalNet, BigDecimal totalTax,
                          BigDecimal total, Long invoiceId, String invoiceNumber, String invoiceNote, String note,
                          List<ShipmentLineDto> lines, String createdBy, Instant createdAt) {

    public ShipmentDto {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
