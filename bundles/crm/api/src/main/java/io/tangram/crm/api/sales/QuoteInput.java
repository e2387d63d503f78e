package io.tangram.crm.api.sales;

import java.time.LocalDate;
import java.util.List;

/** A quote as entered; {@code quoteDate} defaults to today, {@code validUntil} to 30 days later. */
public record QuoteInput(Long companyId, Long customerId, LocalDate quoteDate, LocalDate validUntil,
                         Long opportunityId, Long campaignId, String note, List<SalesLineInput> lines) {
}
