package io.tangram.inventory.api;

import java.util.List;

/**
 * What a user enters for a warehouse. {@code null} fields keep their current value on update
 * (and their default on create: negative stock refused). {@code locations} are location codes,
 * added when new; existing locations are never removed (moves refer to them).
 */
public record WarehouseInput(Long companyId, String code, String name, String address, Boolean allowNegativeStock,
                             List<String> locations) {
}
