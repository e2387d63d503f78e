package io.tangram.inventory.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Stock turnover between two days inclusive, per product by code, with the figures of all products
 * together in {@code total} (its product fields are 0 / {@code null}).
 */
public record TurnoverReport(LocalDate from, LocalDate to, Long warehouseId, String currency, List<TurnoverLine> lines,
                             TurnoverLine total) {

    public TurnoverReport {
        lines = List.copyOf(lines);
    }
}
