package io.tangram.crm.api.lead;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How to convert a lead; every field is optional.
 *
 * @param customerId       convert into this existing customer instead of creating one
 * @param customerCode     the new customer's code; generated ({@code CU-2026-000001}) when {@code null}
 * @param customerName     the new customer's name; the lead's company, else its name, when {@code null}
 * @param opportunityName  the opportunity's name; "{customer name} – {lead source or 'new business'}" when {@code null}
 * @param amount           the opportunity's expected net amount, company currency
 */
public record LeadConversionInput(Long customerId, String customerCode, String customerName,
                                  String opportunityName, BigDecimal amount, LocalDate expectedCloseDate) {
}
