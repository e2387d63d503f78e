package io.tangram.finance.impl.reports;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals per account rolled up the chart: a parent's totals are its own lines plus all its
 * sub-accounts', so every level of a report adds up to the same ledger.
 */
public final class ChartSums {
    private final Map<Long, ChartNode> accounts = new LinkedHashMap<>();
    private final Map<Long, Sums> rolledUp = new HashMap<>();

    /**
     * @param chart every account of the company
     * @param own   totals of the lines posted directly to each account (missing = none)
     */
    public ChartSums(Collection<ChartNode> chart, Map<Long, Sums> own) {
        chart.forEach(a -> accounts.put(a.id(), a));
        own.forEach((accountId, sums) -> {
            for (ChartNode a = accounts.get(accountId); a != null; a = a.parentId() == null ? null : accounts.get(a.parentId())) {
                rolledUp.merge(a.id(), sums, Sums::plus);
            }
        });
    }

    /** Totals of the account and all its sub-accounts. */
    public Sums of(long accountId) {
        return rolledUp.getOrDefault(accountId, Sums.ZERO);
    }

    /** The account with that id. */
    public ChartNode account(long accountId) {
        return accounts.get(accountId);
    }

    public List<ChartNode> accounts() {
        return List.copyOf(accounts.values());
    }

    /** Top-level accounts only, whose totals together are the whole ledger. */
    public List<ChartNode> topLevel() {
        return accounts.values().stream().filter(a -> a.parentId() == null).toList();
    }
}
