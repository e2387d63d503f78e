package io.tangram.crm.api.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Net sales of confirmed orders (not drafts, not cancelled) dated in a period, ranked, over the
 * orders the caller may see.
 */
public record SalesRanking(long companyId, RankingDimension by, LocalDate from, LocalDate to, String currency,
                           int orders, BigDecimal netAmount, List<SalesRankingLine> lines) {

    public SalesRanking {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
