package io.tangram.masterdata.api;

/** A person to talk to at a party. */
public record ContactDto(String name, String phone, String email) {
}
