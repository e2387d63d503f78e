package io.tangram.crm.api.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A priced offer to a customer. */
public record QuoteDto(long id, long companyId, String number, long customerId, String customerName, String owner,
                       QuoteStatus status, LocalDate quoteDate, LocalDate validUntil, Long opportunityId,
                       Long campaignId, String currency, BigDecimal totalNet, BigDecimal totalTax, BigDecimal total,
                       String note, List<SalesLineDto> lines, Long orderId, String orderNumber, Instant sentAt,
                       String createdBy, Instant createdAt) {

    public QuoteDto {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
