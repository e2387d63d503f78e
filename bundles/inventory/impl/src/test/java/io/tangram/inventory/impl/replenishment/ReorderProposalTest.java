package io.tangram.inventory.impl.replenishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Reorder-point rules; every expectation computed by hand in the comment beside it. */
class ReorderProposalTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static ReorderLevels levels(String reorderPoint, String minimum, String maximum, String safety) {
        return new ReorderLevels(reorderPoint == null ? null : dec(reorderPoint), minimum == null ? null : dec(minimum),
                maximum == null ? null : dec(maximum), safety == null ? null : dec(safety));
    }

    private static void assertProposed(String expected, Optional<BigDecimal> actual) {
        assertTrue(actual.isPresent(), "a purchase should be proposed");
        assertEquals(0, dec(expected).compareTo(actual.get()), "expected " + expected + " but was " + actual.get());
    }

    @Test
    void projectedIsOnHandPlusOpenPurchaseMinusReserved() {
        assertEquals(0, dec("17.5").compareTo(ReorderProposal.projected(dec("12"), dec("10.5"), dec("5")))); // 12 + 10.5 - 5
        assertEquals(0, dec("-3").compareTo(ReorderProposal.projected(dec("2"), null, dec("5")))); // 2 + 0 - 5
        assertEquals(0, BigDecimal.ZERO.compareTo(ReorderProposal.projected(null, null, null)));
    }

    @Test
    void ordersUpToTheMaximum() {
        ReorderLevels l = levels("20", "5", "100", "10");
        BigDecimal projected = ReorderProposal.projected(dec("8"), dec("6"), dec("4")); // 8 + 6 - 4 = 10
        assertProposed("90", ReorderProposal.quantity(l, projected)); // 100 - 10
    }

    @Test
    void withoutMaximumOrdersReorderPointPlusSafetyPlusMinimum() {
        ReorderLevels l = levels("20", "5", null, "10");
        assertProposed("23", ReorderProposal.quantity(l, dec("12"))); // 20 + 10 + 5 - 12 = 23
        assertProposed("35", ReorderProposal.quantity(l, dec("0"))); // 20 + 10 + 5 - 0
        assertProposed("38", ReorderProposal.quantity(l, dec("-3"))); // oversold: 35 - (-3) = 38
    }

    @Test
    void exactlyAtTheReorderPointIsDueAndAboveIsNot() {
        ReorderLevels l = levels("20", null, "50", null);
        assertProposed("30", ReorderProposal.quantity(l, dec("20"))); // 50 - 20
        assertEquals(Optional.empty(), ReorderProposal.quantity(l, dec("20.0001")));
    }

    @Test
    void neverLessThanTheMinimumQuantity() {
        ReorderLevels l = levels("20", "50", "60", null);
        assertProposed("50", ReorderProposal.quantity(l, dec("18"))); // 60 - 18 = 42 < minimum 50
    }

    @Test
    void neverZeroOrLessEvenWhenTheMaximumIsBelowProjectedStock() {
        assertProposed("1", ReorderProposal.quantity(levels("20", null, "10", null), dec("15"))); // 10 - 15 = -5 -> one unit
        assertProposed("1", ReorderProposal.quantity(levels("0", null, null, null), dec("0"))); // 0 + 0 + 0 - 0 = 0 -> one unit
        assertProposed("4", ReorderProposal.quantity(levels("20", "4", "10", null), dec("15"))); // -5 -> minimum 4
    }

    @Test
    void noReorderPointMeansNoProposal() {
        assertEquals(Optional.empty(), ReorderProposal.quantity(ReorderLevels.NONE, dec("-100")));
        assertEquals(Optional.empty(), ReorderProposal.quantity(levels(null, "5", "100", "10"), dec("0")));
    }

    @Test
    void decimalQuantitiesStayExact() {
        ReorderLevels l = levels("2.5", "0.25", null, "0.5");
        assertProposed("1.75", ReorderProposal.quantity(l, dec("1.5"))); // 2.5 + 0.5 + 0.25 - 1.5 = 1.75
    }

    @Test
    void lowStockIsRaisedOnlyWhenProjectedStockFallsThroughTheReorderPoint() {
        ReorderLevels l = levels("10", null, null, null);
        assertTrue(ReorderProposal.fellToReorderPoint(l, dec("12"), dec("10"))); // 12 > 10, 10 <= 10
        assertTrue(ReorderProposal.fellToReorderPoint(l, dec("10.5"), dec("-2")));
        assertFalse(ReorderProposal.fellToReorderPoint(l, dec("10"), dec("8")), "already at the reorder point before");
        assertFalse(ReorderProposal.fellToReorderPoint(l, dec("15"), dec("11")), "still above");
        assertFalse(ReorderProposal.fellToReorderPoint(l, dec("7"), dec("7")), "unchanged and already low");
        assertFalse(ReorderProposal.fellToReorderPoint(ReorderLevels.NONE, dec("15"), dec("0")));
    }
}
