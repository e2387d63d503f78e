package io.tangram.inventory.api;

/** A storage location (bin, shelf, zone) inside a warehouse. */
public record LocationDto(long id, String code, String name) {
}
