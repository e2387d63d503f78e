package io.tangram.crm.api.pipeline;

/** Filters for an opportunity search; every field optional. */
public record OpportunityQuery(Long customerId, OpportunityStatus status, String owner, String stageCode,
                               Long campaignId) {
}
