package io.tangram.inventory.api;

import java.util.List;

/**
 * A place where stock is kept.
 *
 * @param allowNegativeStock whether issues may take the on-hand quantity below zero (off by default)
 */
public record WarehouseDto(long id, long companyId, String code, String name, String address,
                           boolean allowNegativeStock, boolean active, List<LocationDto> locations) {

    public WarehouseDto {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }
}
