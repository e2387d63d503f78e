package io.tangram.inventory.impl.service;

import java.util.List;
import java.util.Optional;

import io.tangram.inventory.api.LocationDto;
import io.tangram.inventory.api.WarehouseDto;
import io.tangram.platform.api.sql.Sql;

/** Reads warehouses with their locations. */
final class WarehouseRows {

    private WarehouseRows() {
    }

    static Optional<WarehouseDto> find(Sql sql, long id) {
        return list(sql, "WHERE id = ?", id).stream().findFirst();
    }

    static List<WarehouseDto> list(Sql sql, String where, Object... args) {
        return sql.list("SELECT id, company_id, code, name, address, allow_negative, active FROM inv_warehouse " + where
                + " ORDER BY code", rs -> {
                    long id = rs.getLong("id");
                    return new WarehouseDto(id, rs.getLong("company_id"), rs.getString("code"), rs.getString("name"),
                            rs.getString("address"), rs.getBoolean("allow_negative"), rs.getBoolean("active"),
                            locations(sql, id));
                }, args);
    }

    private static List<LocationDto> locations(Sql sql, long warehouseId) {
        return sql.list("SELECT id, code, name FROM inv_location WHERE warehouse_id = ? ORDER BY code",
                rs -> new LocationDto(rs.getLong(1), rs.getString(2), rs.getString(3)), warehouseId);
    }
}
