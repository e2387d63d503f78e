package io.tangram.crm.impl.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.tangram.crm.api.sales.SalesRankingLine;

/**
 * Orders the sums of a sales ranking by net amount (highest first, then by code), numbers them
 * (equal amounts share a rank) and gives each its share of the total in percent, one decimal, half up.
 */
final class Ranking {

    /** What one product, customer or rep sold. */
    record Sum(String key, String code, String name, int orders, BigDecimal quantity, BigDecimal net) {
    }

    private Ranking() {
    }

    static List<SalesRankingLine> rank(List<Sum> sums, BigDecimal total, int limit) {
        List<Sum> sorted = new ArrayList<>(sums);
        sorted.sort(Comparator.comparing(Sum::net).reversed().thenComparing(Sum::code));
        List<SalesRankingLine> lines = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size() && lines.size() < limit; i++) {
            Sum s = sorted.get(i);
            if (previous == null || s.net().compareTo(previous) != 0) {
                rank = i + 1;
            }
            previous = s.net();
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                    : s.net().multiply(new BigDecimal("100")).divide(total, 1, RoundingMode.HALF_UP);
            lines.add(new SalesRankingLine(rank, s.key(), s.code(), s.name(), s.orders(), s.quantity(), s.net(), share));
        }
        return lines;
    }
}
