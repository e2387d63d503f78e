package io.tangram.finance.impl.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProrationTest {

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(v -> new BigDecimal(v).setScale(2)).toList();
    }

    private static List<BigDecimal> weights(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void theLeftOverCentGoesWhereTheRunningTotalRoundsUp() {
        // running totals 33.333 → 33.33, 66.667 → 66.67, 100
        assertEquals(amounts("33.33", "33.34", "33.33"), Proration.split(new BigDecimal("100.00"), weights("1", "1", "1")));
    }

    @Test
    void sharesFollowTheWeightsAndAlwaysAddUpToTheAmount() {
        List<BigDecimal> shares = Proration.split(new BigDecimal("990.00"), weights("600", "400"));
        assertEquals(amounts("594.00", "396.00"), shares);
        List<BigDecimal> odd = Proration.split(new BigDecimal("10.00"), weights("3", "3", "3", "1"));
        assertEquals(amounts("3.00", "3.00", "3.00", "1.00"), odd);
        List<BigDecimal> thirds = Proration.split(new BigDecimal("0.05"), weights("1", "1", "1"));
        assertEquals(amounts("0.02", "0.01", "0.02"), thirds);
        assertEquals(new BigDecimal("0.05"), thirds.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void negativeAmountsSplitLikePositiveOnes() {
        assertEquals(amounts("-33.33", "-33.34", "-33.33"),
                Proration.split(new BigDecimal("-100.00"), weights("1", "1", "1")));
    }

    @Test
    void aSingleWeightTakesEverything() {
        assertEquals(amounts("12.34"), Proration.split(new BigDecimal("12.34"), weights("0.01")));
    }

    @Test
    void weightsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Proration.split(BigDecimal.TEN, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Proration.split(BigDecimal.TEN, weights("1", "0")));
        assertThrows(IllegalArgumentException.class, () -> Proration.split(BigDecimal.TEN, weights("-1", "2")));
    }
}
