package io.tangram.crm.impl.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.crm.api.sales.SalesRankingLine;

class RankingTest {

    @Test
    void highestNetFirstEqualAmountsShareARankAndSharesAreRoundedHalfUp() {
        // total 3000.00: 1500.00 = 50.0 %, 750.00 = 25.0 %, 750.00 = 25.0 %; ranks 1, 2, 2
        List<SalesRankingLine> lines = Ranking.rank(List.of(sum("B", "750.00"), sum("A", "1500.00"), sum("C", "750.00")),
                new BigDecimal("3000.00"), 10);
        assertEquals(List.of("A", "B", "C"), lines.stream().map(SalesRankingLine::code).toList());
        assertEquals(List.of(1, 2, 2), lines.stream().map(SalesRankingLine::rank).toList());
        assertEquals(new BigDecimal("50.0"), lines.get(0).share());
        // 1000.00 of 3000.00 = 33.333… → 33.3; 2000.00 → 66.666… → 66.7
        List<SalesRankingLine> thirds = Ranking.rank(List.of(sum("X", "1000.00"), sum("Y", "2000.00")),
                new BigDecimal("3000.00"), 10);
        assertEquals(new BigDecimal("66.7"), thirds.get(0).share());
        assertEquals(new BigDecimal("33.3"), thirds.get(1).share());
        assertEquals(1, Ranking.rank(List.of(sum("X", "1"), sum("Y", "2")), new BigDecimal("3"), 1).size());
    }

    private static Ranking.Sum sum(String code, String net) {
        return new Ranking.Sum(code, code, code + " name", 1, null, new BigDecimal(net));
    }
}
