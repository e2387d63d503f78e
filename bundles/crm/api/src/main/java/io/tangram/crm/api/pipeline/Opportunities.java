package io.tangram.crm.api.pipeline;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * Opportunities of customers, moved through the company's stages until won or lost. Every stage
 * change is kept as history, which the funnel's conversion rates are computed from. A caller sees
 * the opportunities whose owner is visible to them (own, team's, or all).
 */
@ProviderType
public interface Opportunities {

    /** @throws io.tangram.platform.api.error.ValidationException naming every bad field */
    OpportunityDto create(OpportunityInput input);

    /**
     * @throws io.tangram.platform.api.error.NotFoundException if there is no such opportunity, or the
     *         caller may not see it
     */
    OpportunityDto get(long id);

    /** Visible opportunities of a customer (all visible ones when {@code customerId} is {@code null}). */
    List<OpportunityDto> list(long companyId, Long customerId, OpportunityStatus status);

    /** Visible opportunities matching {@code query}, the most recently created first. */
    Page<OpportunityDto> search(long companyId, OpportunityQuery query, PageRequest page);

    /**
     * Changes name, amount, expected close date, owner and campaign of an open opportunity; fields
     * left {@code null} stay as they are, the customer cannot change, and a different
     * {@code stageCode} moves it as {@link #move} does.
     *
     * @throws io.tangram.platform.api.error.ConflictException if it is already won or lost
     */
    OpportunityDto update(long id, OpportunityInput input);

    /**
     * Moves an open opportunity to another stage and records the change. Moving to a closed-won
     * stage wins it; moving to a closed-lost stage loses it and needs {@code note} as the reason.
     *
     * @throws io.tangram.platform.api.error.ConflictException if it is already won or lost
     */
    OpportunityDto move(long id, String stageCode, String note);

    /** Moves it to the company's won stage. */
    OpportunityDto win(long id, String note);

    /** Moves it to the company's lost stage; the reason is required. */
    OpportunityDto lose(long id, String reason);

    /** Its stage changes, oldest first; the first one is its creation. */
    List<StageChangeDto> history(long id);
}
