package io.tangram.crm.api.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A marketing campaign (营销活动); {@code recipients} is 0 until it is launched. */
public record CampaignDto(long id, long companyId, String name, CampaignChannel channel, LocalDate startDate,
                          LocalDate endDate, BigDecimal budget, String currency, Long segmentId, String segmentName,
                          CampaignStatus status, Instant launchedAt, String launchedBy, int recipients,
                          String createdBy, Instant createdAt) {
}
