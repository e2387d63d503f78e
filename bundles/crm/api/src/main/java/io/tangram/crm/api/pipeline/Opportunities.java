package io.tangram.crm.api.pipeline;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Opportunities of customers, moved through the company's stages until won or lost. */
@ProviderType
public interface Opportunities {

    /** @throws io.tangram.platform.api.error.ValidationException naming every bad field */
    OpportunityDto create(OpportunityInput input);

    OpportunityDto get(long id);

    /** Visible opportunities of a customer (all visible ones when {@code customerId} is {@code null}). */
    List<OpportunityDto> list(long companyId, Long customerId, OpportunityStatus status);
}
