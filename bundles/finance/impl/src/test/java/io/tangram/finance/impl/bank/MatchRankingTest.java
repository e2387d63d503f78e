package io.tangram.finance.impl.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.finance.impl.bank.MatchRanking.Candidate;
import io.tangram.finance.impl.bank.MatchRanking.Ranked;

class MatchRankingTest {
    private static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);
    private static final BigDecimal AMOUNT = new BigDecimal("500.00");

    private static Candidate candidate(long id, LocalDate date, String description) {
        return new Candidate(id, id, "记-2026-11-000" + id, date, AMOUNT, description, null, null);
    }

    @Test
    void nearerDateFirstWhenNoNameIsFound() {
        List<Ranked> ranked = MatchRanking.rank(NOV_10, null, null, List.of(candidate(1, NOV_10.plusDays(5), "收款"),
                candidate(2, NOV_10.minusDays(1), "收款"), candidate(3, NOV_10.plusDays(1), "收款")));
        assertEquals(List.of(2L, 3L, 1L), ranked.stream().map(r -> r.candidate().voucherLineId()).toList());
        assertEquals(List.of(1, 1, 5), ranked.stream().map(Ranked::daysApart).toList());
        assertEquals(-1, ranked.get(0).score());
    }

    @Test
    void referenceOutranksCounterpartyWhichOutranksDate() {
        List<Ranked> ranked = MatchRanking.rank(NOV_10, "inv 2026-0042", "华北商贸有限公司", List.of(
                candidate(1, NOV_10, "收款"),
                candidate(2, NOV_10.plusDays(6), "收 华北商贸有限公司 货款"),
                candidate(3, NOV_10.minusDays(7), "Receipt INV2026-0042")));
        assertEquals(List.of(3L, 2L, 1L), ranked.stream().map(r -> r.candidate().voucherLineId()).toList());
        assertTrue(ranked.get(0).referenceFound());
        assertFalse(ranked.get(0).counterpartyFound());
        assertEquals(1000 - 7, ranked.get(0).score());
        assertTrue(ranked.get(1).counterpartyFound());
        assertEquals(500 - 6, ranked.get(1).score());
    }

    @Test
    void referenceIsFoundInTheVoucherNumberOrSourceButNotWhenTooShort() {
        Candidate bySource = new Candidate(1, 1, "记-2026-11-0001", NOV_10, AMOUNT, null, null, "SO-7781");
        assertTrue(MatchRanking.rank(NOV_10, "so-7781", null, List.of(bySource)).get(0).referenceFound());
        assertTrue(MatchRanking.rank(NOV_10, "记-2026-11-0001", null, List.of(bySource)).get(0).referenceFound());
        assertFalse(MatchRanking.rank(NOV_10, "11", null, List.of(bySource)).get(0).referenceFound());
    }
}
