package io.tangram.crm.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's CRM profile as entered. Creating one for a new customer also creates its master-data
 * party ({@code code}, {@code name}, {@code taxId}, {@code paymentTermsDays}); for an existing party
 * give {@code partyId} instead.
 *
 * @param companyId     {@code null} for the default company
 * @param owner         username of the sales rep who owns the customer; the caller when {@code null}
 * @param creditLimit   most the customer may owe (open receivables + the new order), in the company
 *                      currency; {@code null} for no limit
 * @param customerGroup price-list group such as {@code RETAIL} or {@code WHOLESALE}, optional
 */
public record CustomerInput(Long companyId, Long partyId, String code, String name, String taxId,
                            Integer paymentTermsDays, String owner, List<String> tags, BigDecimal creditLimit,
                            String industry, String region, String source, String customerGroup) {

    public CustomerInput {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
