package io.tangram.finance.impl.arap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ArApPolicyTest {

    @Test
    void readsTheConfiguredTexts() {
        ArApPolicy p = ArApPolicy.parse(" 1122 ", "2202", "5001", "5602", "22210103", "22210101", "2209", "1002", "2.5");
        assertEquals("1122", p.receivable());
        assertEquals(new BigDecimal("2.5"), p.priceTolerancePercent());
    }

    @Test
    void namesTheUnusableProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArApPolicy.parse("1122", "2202",
                "5001", "5602", "22210103", "", "2209", "1002", "2"));
        assertTrue(e.getMessage().contains("inputVatAccount"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ArApPolicy.parse("1122", "2202", "5001", "5602",
                "22210103", "22210101", "2209", "1002", "two"));
        assertTrue(e.getMessage().contains("priceTolerancePercent"), e.getMessage());
    }
}
