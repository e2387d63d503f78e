package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;
import java.util.List;

/** Stock value at the end of a day, from the ledger: the sum of move values up to then. */
public record ValuationReport(LocalDate at, String currency, List<ValuationLine> lines, Money total) {

    public ValuationReport {
        lines = List.copyOf(lines);
    }
}
