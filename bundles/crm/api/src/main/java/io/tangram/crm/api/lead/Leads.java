package io.tangram.crm.api.lead;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * Leads of the company, each owned by a rep and visible like customers (own, team, all). A lead
 * that arrives is checked for duplicates (same phone digits, same e-mail ignoring case, same company
 * name ignoring case and spaces) against open leads and customers, then its owner is chosen by the
 * assignment rules ({@link LeadRules}) unless given.
 */
@ProviderType
public interface Leads {

    /**
     * Captures one lead: created, or merged into the open lead it duplicates.
     *
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field
     * @throws io.tangram.platform.api.error.ConflictException   when it is already a customer
     */
    LeadCapture capture(LeadInput input);

    /**
     * Imports a CSV file (UTF-8, header row with columns {@code name, company, phone, email, region,
     * industry, source, note}); each row is created, merged or refused on its own.
     *
     * @throws io.tangram.platform.api.error.ValidationException when the file itself is unusable
     */
    LeadImportReport importCsv(long companyId, String csv);

    LeadDto get(long id);

    Page<LeadDto> search(long companyId, LeadQuery query, PageRequest page);

    /** Changes the details of an open lead; the owner is changed with {@link #assign}. */
    LeadDto update(long id, LeadInput input);

    LeadDto changeStatus(long id, LeadStatusChange change);

    /** Hands the lead to another rep. */
    LeadDto assign(long id, String owner);

    /**
     * Converts an open lead into a customer (new or existing), a contact and an opportunity.
     *
     * @throws io.tangram.platform.api.error.ConflictException when the lead is closed, or its
     *         company is already a customer and no {@code customerId} was given
     */
    LeadConversion convert(long id, LeadConversionInput input);
}
