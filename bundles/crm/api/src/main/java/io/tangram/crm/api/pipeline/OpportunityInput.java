package io.tangram.crm.api.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An opportunity as entered.
 *
 * @param companyId         {@code null} for the default company
 * @param customerId        the customer's party id; it must exist and be visible to the caller
 * @param stageCode         the company's first stage when {@code null}
 * @param amount            expected net revenue in the company currency, at most 2 decimals; 0 when
 *                          {@code null} (not known yet)
 * @param expectedCloseDate the month the forecast counts it in; without it, it is left out of the
 *                          forecast
 * @param owner             the customer's owner when {@code null}
 * @param campaignId        the campaign it is attributed to, optional
 * @param leadId            the lead it was converted from, optional
 */
public record OpportunityInput(Long companyId, Long customerId, String name, String stageCode, BigDecimal amount,
                               LocalDate expectedCloseDate, String owner, Long campaignId, Long leadId) {
}
