package io.tangram.crm.api.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign as entered.
 *
 * @param budget    what it costs, company currency, 2 decimals; the cost per response is computed
 *                  from it
 * @param segmentId the segment whose members it targets; required to launch
 */
public record CampaignInput(Long companyId, String name, CampaignChannel channel, LocalDate startDate,
                            LocalDate endDate, BigDecimal budget, Long segmentId) {
}
