package io.tangram.finance.impl.arap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.arap.InvoiceStatus;

class InvoiceMathTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void netAndVatAreRoundedHalfUpPerLine() {
        InvoiceMath.LineAmounts a = InvoiceMath.line(d("3"), d("33.335"), d("0.13"));
        assertEquals(d("100.01"), a.net());
        assertEquals(d("13.00"), a.tax());
        assertEquals(d("0.07"), InvoiceMath.tax(d("0.50"), d("0.13")), "0.065 rounds up");
        assertEquals(d("0.01"), InvoiceMath.net(d("0.005"), d("1")));
    }

    @Test
    void totalsAreTheSumsOfTheRoundedLines() {
        InvoiceMath.Totals t = InvoiceMath.totals(List.of(InvoiceMath.line(d("1"), d("0.50"), d("0.13")),
                InvoiceMath.line(d("1"), d("0.50"), d("0.13"))));
        assertEquals(d("1.00"), t.net());
        assertEquals(d("0.14"), t.tax(), "two lines of 0.07, not 1.00 × 13% = 0.13");
        assertEquals(d("1.14"), t.total());
    }

    @Test
    void onlyChineseVatRatesAreKnown() {
        assertTrue(InvoiceMath.isKnownRate(d("0.130")));
        assertTrue(InvoiceMath.isKnownRate(d("0")));
        assertFalse(InvoiceMath.isKnownRate(d("0.3")));
        assertFalse(InvoiceMath.isKnownRate(null));
        assertEquals("0.13", InvoiceMath.normalRate(d("0.1300")).toPlainString());
        assertEquals("0", InvoiceMath.normalRate(d("0.0000")).toPlainString());
    }

    @Test
    void theDueDateIsTheInvoiceDatePlusTheTermsUnlessGiven() {
        LocalDate jan31 = LocalDate.of(2026, 1, 31);
        assertEquals(LocalDate.of(2026, 3, 2), InvoiceMath.dueDate(jan31, 30, null));
        assertEquals(jan31, InvoiceMath.dueDate(jan31, 0, null));
        assertEquals(LocalDate.of(2026, 2, 15), InvoiceMath.dueDate(jan31, 30, LocalDate.of(2026, 2, 15)));
    }

    @Test
    void creditingWhatRemainsTakesExactlyTheRemainingVat() {
        // a line of 3 × 0.50 at 13 %: net 1.50, VAT 0.20; credited 1 (0.50 / 0.07) and then the remaining 2
        InvoiceMath.LineAmounts first = InvoiceMath.credit(d("1"), null, d("0.50"), d("0.13"), d("3"), d("1.50"), d("0.20"));
        assertEquals(d("0.07"), first.tax());
        InvoiceMath.LineAmounts rest = InvoiceMath.credit(d("2"), null, d("0.50"), d("0.13"), d("2"), d("1.00"), d("0.13"));
        assertEquals(d("1.00"), rest.net());
        assertEquals(d("0.13"), rest.tax(), "not 1.00 × 13 % rounded again");
        InvoiceMath.LineAmounts allowance = InvoiceMath.credit(null, d("0.5"), d("0.50"), d("0.13"), d("3"), d("1.50"),
                d("0.20"));
        assertEquals(d("0.50"), allowance.net());
        assertEquals(d("0.07"), allowance.tax());
    }

    @Test
    void theStatusFollowsWhatIsOpen() {
        assertEquals(InvoiceStatus.POSTED, InvoiceMath.settledStatus(d("100"), d("10"), d("0")));
        assertEquals(InvoiceStatus.PARTIALLY_PAID, InvoiceMath.settledStatus(d("100"), d("10"), d("50")));
        assertEquals(InvoiceStatus.PAID, InvoiceMath.settledStatus(d("100"), d("10"), d("90")));
        assertEquals(InvoiceStatus.CREDITED, InvoiceMath.settledStatus(d("100"), d("100"), d("0")));
    }
}
