package io.tangram.finance.api.arap;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/** Open items of receivables and payables, read from posted invoices, credit notes and allocations. */
@ProviderType
public interface OpenItems {

    /** Aging at the end of {@code at}: only documents dated on or before it count. */
    AgingReport aging(long companyId, OpenItemKind kind, LocalDate at);

    /**
     * A customer's open receivables (every posted invoice, also one dated after today) and the part
     * overdue today. What CRM calls for a credit check; answers
     * zeros for a customer without invoices.
     */
    CustomerExposure exposure(long companyId, long partyId);
}
