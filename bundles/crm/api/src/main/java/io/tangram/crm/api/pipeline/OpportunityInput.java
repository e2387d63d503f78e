package io.tangram.crm.api.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity as entered.
 *
 * @param stageCode  the company's first stage when {@code null}
 * @param amount     expected net revenue in the company currency
 * @param owner      the customer's owner when {@code null}
 * @param campaignId the campaign it is attributed to, optional
 * @param leadId     the lead it was converted from, optional
 */
public record OpportunityInput(Long companyId, Long customerId, String name, String stageCode, BigDecimal amount,
                               LocalDate expectedCloseDate, String owner, Long campaignId, Long leadId) {
}
