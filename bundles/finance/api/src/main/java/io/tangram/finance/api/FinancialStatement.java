package io.tangram.finance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A balance sheet (at {@code to}; {@code from} is {@code null}) or an income statement (from
 * {@code from} to {@code to}), in the company currency, computed from the posted vouchers so it agrees
 * with the trial balance to the cent.
 */
public record FinancialStatement(String kind, LocalDate from, LocalDate to, String currency, List<StatementLine> lines) {
    public FinancialStatement {
        lines = List.copyOf(lines);
    }

    /** The line with {@code key}. */
    public Optional<StatementLine> line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst();
    }
}
