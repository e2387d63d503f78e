package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/** Stock not issued between {@code from} and {@code to}, largest value first, and its total value. */
public record SlowMoverReport(LocalDate from, LocalDate to, Long warehouseId, String currency, List<SlowMoverLine> lines,
                              Money totalValue) {

    public SlowMoverReport {
        lines = List.copyOf(lines);
    }
}
