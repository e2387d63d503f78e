package io.tangram.finance.impl.arap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class VatSettlementTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void outputAboveInputIsPayable() {
        VatSettlement.Result r = VatSettlement.settle(d("130.00"), d("90.00"), d("10.00"));
        assertEquals(d("30.00"), r.payable());
        assertEquals(0, r.carriedOut().signum());
    }

    @Test
    void inputAboveOutputIsCarriedForward() {
        VatSettlement.Result r = VatSettlement.settle(d("50.00"), d("90.00"), d("10.00"));
        assertEquals(0, r.payable().signum());
        assertEquals(d("50.00"), r.carriedOut());
    }

    @Test
    void theCreditCarriedIntoAMonthRunsThroughTheMonthsBefore() {
        SortedMap<YearMonth, VatSettlement.Month> months = new TreeMap<>();
        months.put(YearMonth.of(2026, 8), new VatSettlement.Month(d("0.00"), d("100.00")));
        months.put(YearMonth.of(2026, 9), new VatSettlement.Month(d("30.00"), d("0.00")));
        months.put(YearMonth.of(2026, 10), new VatSettlement.Month(d("200.00"), d("20.00")));
        months.put(YearMonth.of(2026, 11), new VatSettlement.Month(d("10.00"), d("50.00")));
        assertEquals(d("0.00"), VatSettlement.carriedInto(YearMonth.of(2026, 8), months));
        assertEquals(d("100.00"), VatSettlement.carriedInto(YearMonth.of(2026, 9), months));
        assertEquals(d("70.00"), VatSettlement.carriedInto(YearMonth.of(2026, 10), months));
        assertEquals(0, VatSettlement.carriedInto(YearMonth.of(2026, 11), months).signum(), "October used it up");
        assertEquals(d("40.00"), VatSettlement.carriedInto(YearMonth.of(2026, 12), months));
    }
}
