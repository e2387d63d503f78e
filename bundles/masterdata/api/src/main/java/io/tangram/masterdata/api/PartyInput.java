package io.tangram.masterdata.api;

import java.util.List;

/**
 * What a caller sends to create or change a party. {@code companyId} {@code null} means the default
 * company, {@code paymentTermsDays} {@code null} means {@value PartyService#DEFAULT_PAYMENT_TERMS_DAYS},
 * {@code currency} {@code null} means the company's currency, {@code customer}/{@code supplier}
 * {@code null} mean no. On update, addresses and contacts
 * replace the stored ones.
 */
public record PartyInput(Long companyId, String code, String name, Boolean customer, Boolean supplier,
                         String taxId, Integer paymentTermsDays, String currency, List<AddressDto> addresses,
                         List<ContactDto> contacts) {

    public PartyInput {
        customer = Boolean.TRUE.equals(customer);
        supplier = Boolean.TRUE.equals(supplier);
        addresses = addresses == null ? List.of() : addresses;
        contacts = contacts == null ? List.of() : contacts;
    }
}
