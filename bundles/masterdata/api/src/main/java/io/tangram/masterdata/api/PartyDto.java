package io.tangram.masterdata.api;

import java.util.List;

/**
 * A business partner: a customer, a supplier, or both.
 *
 * @param taxId            unified social credit code (统一社会信用代码, 18 characters), may be {@code null}
 * @param paymentTermsDays days after invoice date the payment is due
 * @param currency         ISO code of the currency the party is invoiced in
 */
public record PartyDto(long id, long companyId, String code, String name, boolean customer, boolean supplier,
                       String taxId, int paymentTermsDays, String currency, List<AddressDto> addresses,
                       List<ContactDto> contacts, boolean active) {

    public PartyDto {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
