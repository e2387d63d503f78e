package io.tangram.finance.impl.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VoucherNumberTest {

    @Test
    void formatsPeriodAndFourDigitSequence() {
        assertEquals("记-2026-11-0001", VoucherNumber.format("2026-11", 1));
        assertEquals("记-2026-01-0123", VoucherNumber.format("2026-01", 123));
        assertEquals("记-2026-11-12345", VoucherNumber.format("2026-11", 12345));
    }

    @Test
    void periodOfADate() {
        assertEquals("2026-02", VoucherNumber.period(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> VoucherNumber.format("2026-11", 0));
        assertThrows(RuntimeException.class, () -> VoucherNumber.format("2026-13", 1));
    }

    @Test
    void recognisesNumbers() {
        assertTrue(VoucherNumber.looksLikeNumber("记-2026-11-0003"));
        assertFalse(VoucherNumber.looksLikeNumber("17"));
    }
}
