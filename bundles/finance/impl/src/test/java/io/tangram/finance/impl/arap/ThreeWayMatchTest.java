package io.tangram.finance.impl.arap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ThreeWayMatchTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void quantityWithinReceivedAndPriceWithinToleranceMatches() {
        assertTrue(ThreeWayMatch.check("PO-1", "P1", d("4"), d("10.20"), d("10"), d("6"), d("10"), d("2")).isEmpty());
        assertTrue(ThreeWayMatch.check("PO-1", "P1", d("4"), d("9.80"), d("10"), d("0"), d("10"), d("2")).isEmpty());
    }

    @Test
    void moreThanReceivedLessInvoicedIsRefused() {
        String why = ThreeWayMatch.check("PO-1", "P1", d("5"), d("10"), d("10"), d("6"), d("10"), d("2")).orElseThrow()
                .toString();
        assertTrue(why.contains("exceeds received 10 minus already invoiced 6 = 4"), why);
    }

    @Test
    void aPriceOutsideTheToleranceIsRefused() {
        String why = ThreeWayMatch.check("PO-1", "P1", d("1"), d("10.21"), d("10"), d("0"), d("10"), d("2")).orElseThrow()
                .toString();
        assertTrue(why.contains("differs from the order price 10 by 0.21 (2.1%)"), why);
    }
}
