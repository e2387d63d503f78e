package io.tangram.crm.api.campaign;

import java.math.BigDecimal;

/**
 * What a campaign achieved.
 *
 * @param responseRate    responses / sent in percent, 1 decimal rounded half up; {@code null} when
 *                        nothing was sent
 * @param opportunities   opportunities attributed to the campaign
 * @param orders          sales orders attributed to it, other than drafts and cancelled ones
 * @param revenue         net total of those orders
 * @param costPerResponse budget / responses, 2 decimals rounded half up; {@code null} without responses
 */
public record CampaignResults(long campaignId, String name, String currency, int recipients, int sent, int responses,
                              BigDecimal responseRate, int opportunities, int orders, BigDecimal revenue,
                              BigDecimal budget, BigDecimal costPerResponse) {
}
