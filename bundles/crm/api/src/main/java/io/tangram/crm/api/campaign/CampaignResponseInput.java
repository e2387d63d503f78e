package io.tangram.crm.api.campaign;

import java.time.Instant;

/**
 * A recipient responded (replied, came to the event, called back).
 *
 * @param respondedAt now when {@code null}
 */
public record CampaignResponseInput(Long customerId, Instant respondedAt, String note) {
}
