package io.tangram.crm.api.campaign;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Marketing campaigns: planned, launched to a segment's members (the recipients are fixed at launch),
 * sends and responses recorded per recipient, and results from the opportunities and orders
 * attributed to the campaign.
 */
@ProviderType
public interface Campaigns {

    CampaignDto create(CampaignInput input);

    /** @throws io.tangram.platform.api.error.ConflictException if the segment would change after launch */
    CampaignDto update(long id, CampaignInput input);

    CampaignDto get(long id);

    /** The company's campaigns, the latest start first. */
    List<CampaignDto> list(long companyId);

    /**
     * Fixes the recipients: the segment's members the caller can see, today.
     *
     * @throws io.tangram.platform.api.error.ConflictException if it is launched already, has no
     *         segment, or the segment has no members
     */
    CampaignDto launch(long id);

    /** The visible recipients, by customer code. */
    List<CampaignRecipientDto> recipients(long id);

    /** @return the recipients whose send was recorded now */
    List<CampaignRecipientDto> recordSends(long id, CampaignSendInput input);

    /** @throws io.tangram.platform.api.error.ConflictException if the customer is not a recipient */
    CampaignRecipientDto recordResponse(long id, CampaignResponseInput input);

    CampaignResults results(long id);
}
