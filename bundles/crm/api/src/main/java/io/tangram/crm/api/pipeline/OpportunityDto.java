package io.tangram.crm.api.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A possible sale to a customer.
 *
 * @param probability win probability of its stage, 0–100
 * @param weighted    amount × probability, what the forecast counts
 */
public record OpportunityDto(long id, long companyId, long customerId, String customerName, String name,
                             String stageCode, String stageName, int probability, BigDecimal amount,
                             BigDecimal weighted, String currency, LocalDate expectedCloseDate, String owner,
                             Long campaignId, Long leadId, OpportunityStatus status, Instant createdAt,
                             Instant closedAt) {
}
