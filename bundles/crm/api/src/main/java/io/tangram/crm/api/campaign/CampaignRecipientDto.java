package io.tangram.crm.api.campaign;

import java.time.Instant;

/** A customer a launched campaign goes to, and what came of it. */
public record CampaignRecipientDto(long campaignId, long customerId, String code, String name, String owner,
                                   Instant sentAt, boolean responded, Instant respondedAt, String note) {
}
