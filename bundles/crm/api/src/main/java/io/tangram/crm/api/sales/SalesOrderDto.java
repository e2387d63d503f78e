package io.tangram.crm.api.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales order with its lines and the order-to-cash steps taken so far.
 *
 * @param invoiced amount finance has invoiced (incl. VAT)
 * @param paid     amount of those invoices paid
 */
public record SalesOrderDto(long id, long companyId, String number, long customerId, String customerName, String owner,
                            SalesOrderStatus status, LocalDate orderDate, Long warehouseId, Long quoteId,
                            Long opportunityId, Long campaignId, String customerReference, String currency,
                            BigDecimal totalNet, BigDecimal totalTax, BigDecimal total, BigDecimal invoiced,
                            BigDecimal paid, String note, List<SalesLineDto> lines, List<OrderStepDto> steps,
                            String createdBy, Instant createdAt, Instant confirmedAt) {

    public SalesOrderDto {
        lines = lines == null ? List.of() : List.copyOf(lines);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
