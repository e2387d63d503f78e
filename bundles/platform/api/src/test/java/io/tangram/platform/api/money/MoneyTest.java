package io.tangram.platform.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTheCurrencyScale() {
        assertEquals("12.50", Money.of("12.5", "CNY").amount().toPlainString());
        assertEquals("100", Money.of("100", "JPY").amount().toPlainString());
    }

    @Test
    void refusesSilentRounding() {
        assertThrows(ArithmeticException.class, () -> Money.of("0.005", "CNY"));
        assertEquals(Money.of("0.01", "CNY"), Money.rounded(new BigDecimal("0.005"), Money.CNY, RoundingMode.HALF_UP));
    }

    @Test
    void addsOnlyTheSameCurrency() {
        Money a = Money.of("10.10", "CNY");
        assertEquals(Money.of("20.20", "CNY"), a.plus(a));
        assertEquals(Money.zero(Money.CNY), a.minus(a));
        assertThrows(IllegalArgumentException.class, () -> a.plus(Money.of("1", "USD")));
    }

    @Test
    void multipliesWithExplicitRounding() {
        Money price = Money.of("9.99", "CNY");
        assertEquals(Money.of("1.30", "CNY"), price.times(new BigDecimal("0.13"), RoundingMode.HALF_UP));
        assertEquals(Money.of("3.33", "CNY"), Money.of("10", "CNY").divide(new BigDecimal("3"), RoundingMode.HALF_EVEN));
    }

    @Test
    void tenCentsTenTimesIsExactlyOneYuan() {
        Money sum = Money.zero(Currency.getInstance("CNY"));
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.of("0.10", "CNY"));
        }
        assertEquals(0, sum.compareTo(Money.of("1", "CNY")));
    }

    @Test
    void quantitiesKeepTheirUnit() {
        Quantity q = Quantity.of("1.5", "KG");
        assertEquals(Quantity.of("3", "KG"), q.plus(q));
        assertThrows(IllegalArgumentException.class, () -> q.plus(Quantity.of("1", "PCS")));
        assertThrows(ArithmeticException.class, () -> Quantity.of("0.00001", "KG"));
        assertEquals("1.5 KG", q.toString());
    }
}
