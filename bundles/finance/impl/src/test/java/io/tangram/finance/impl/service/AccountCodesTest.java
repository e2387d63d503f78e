package io.tangram.finance.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ValidationException;

class AccountCodesTest {

    @Test
    void codesAreOneToThirtyTwoDigits() {
        assertTrue(AccountCodes.valid("1001"));
        assertTrue(AccountCodes.valid("1"));
        assertTrue(AccountCodes.valid("1".repeat(32)));
        assertFalse(AccountCodes.valid("1".repeat(33)));
        assertFalse(AccountCodes.valid(""));
        assertFalse(AccountCodes.valid(null));
        assertFalse(AccountCodes.valid("10-01"));
        assertFalse(AccountCodes.valid("A100"));
        assertFalse(AccountCodes.valid(" 1001"));
    }

    @Test
    void aSubAccountExtendsItsParentsCode() {
        assertTrue(AccountCodes.extendsParent("222101", "2221"));
        assertTrue(AccountCodes.extendsParent("22210101", "222101"));
        assertFalse(AccountCodes.extendsParent("2221", "2221"));
        assertFalse(AccountCodes.extendsParent("2231", "2221"));
        assertFalse(AccountCodes.extendsParent("22", "2221"));
        assertFalse(AccountCodes.extendsParent("222101", null));
    }

    @Test
    void periodsAreMonths() {
        assertEquals(YearMonth.of(2026, 11), PeriodGuard.parse("period", "2026-11"));
        assertEquals(YearMonth.of(2026, 1), PeriodGuard.parse("period", " 2026-01 "));
        assertEquals("2026-11", PeriodGuard.periodOf(LocalDate.of(2026, 11, 30)));
        assertEquals("2026-02", PeriodGuard.periodOf(LocalDate.of(2026, 2, 1)));
        for (String bad : new String[] {"2026-13", "2026-00", "2026-1", "202611", "2026/11", "", null, "2026-11-01"}) {
            ValidationException e = assertThrows(ValidationException.class, () -> PeriodGuard.parse("period", bad), bad);
            assertEquals("period", e.errors().get(0).field());
        }
    }
}
