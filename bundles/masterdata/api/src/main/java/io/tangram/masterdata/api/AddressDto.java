package io.tangram.masterdata.api;

/**
 * A postal address of a party.
 *
 * @param country ISO 3166 two-letter code, {@code CN} when {@code null}
 */
public record AddressDto(AddressType type, String street, String city, String province, String postalCode,
                         String country) {
}
