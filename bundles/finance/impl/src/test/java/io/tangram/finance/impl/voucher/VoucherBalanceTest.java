package io.tangram.finance.impl.voucher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherLineInput;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;

class VoucherBalanceTest {
    private static final Currency CNY = Currency.getInstance("CNY");

    private static VoucherLineInput line(String account, String debit, String credit) {
        return line(account, debit, credit, null, null);
    }

    private static VoucherLineInput line(String account, String debit, String credit, String currency, String rate) {
        return new VoucherLineInput(account, debit == null ? null : new BigDecimal(debit),
                credit == null ? null : new BigDecimal(credit), currency, rate == null ? null : new BigDecimal(rate),
                null, null, null);
    }

    private static List<FieldError> errors(List<VoucherLineInput> lines, boolean redInk) {
        Validation v = new Validation();
        VoucherBalance.check(lines, CNY, redInk, v);
        if (!v.hasErrors()) {
            return List.of();
        }
        return assertThrows(ValidationException.class, v::throwIfInvalid).errors();
    }

    private static String fields(List<FieldError> errors) {
        return String.join(",", errors.stream().map(FieldError::field).toList());
    }

    @Test
    void balancedCompanyCurrencyVoucher() {
        Validation v = new Validation();
        VoucherBalance.Result r = VoucherBalance.check(List.of(line("1002", "1000", null), line("3001", "0", "1000.00")),
                CNY, false, v);
        assertFalse(v.hasErrors());
        assertEquals(new BigDecimal("1000.00"), r.totalDebit());
        assertEquals(new BigDecimal("1000.00"), r.totalCredit());
        assertEquals(BigDecimal.ONE, r.lines().get(0).exchangeRate());
        assertEquals(new BigDecimal("1000.00"), r.lines().get(1).baseCredit());
        assertEquals(new BigDecimal("0.00"), r.lines().get(1).baseDebit());
    }

    @Test
    void foreignLinesConvertHalfUpToTwoDecimals() {
        // 100.05 USD × 7.1234 = 712.69617 → 712.70; both sides the same, so base balances too
        Validation v = new Validation();
        VoucherBalance.Result r = VoucherBalance.check(List.of(line("1002.02", "100.05", null, "usd", "7.1234"),
                line("2202", null, "100.05", "USD", "7.1234")), CNY, false, v);
        assertFalse(v.hasErrors());
        assertEquals(new BigDecimal("712.70"), r.lines().get(0).baseDebit());
        assertEquals(new BigDecimal("712.70"), r.totalCredit());
        assertEquals("USD", r.lines().get(0).currency().getCurrencyCode());
    }

    @Test
    void halfUpRoundsTheHalfCentUp() {
        // 1.01 USD × 0.5 = 0.505 → 0.51, and away from zero for red ink
        assertEquals(new BigDecimal("0.51"), VoucherBalance.toBase(new BigDecimal("1.01"), new BigDecimal("0.5")));
        assertEquals(new BigDecimal("-0.51"), VoucherBalance.toBase(new BigDecimal("-1.01"), new BigDecimal("0.5")));
    }

    @Test
    void roundingDifferenceInBaseIsRefusedNamingTheDifference() {
        // debit 1.01 USD @0.5 = 0.505 → 0.51; credits 0.33 + 0.33 + 0.35 (= 1.01 USD):
        // 0.165 → 0.17, 0.165 → 0.17, 0.175 → 0.18 = 0.52 CNY: 0.01 apart
        Validation v = new Validation();
        VoucherBalance.check(List.of(line("1", "1.01", null, "USD", "0.5"), line("2", null, "0.33", "USD", "0.5"),
                line("3", null, "0.33", "USD", "0.5"), line("4", null, "0.35", "USD", "0.5")), CNY, false, v);
        List<FieldError> errors = assertThrows(ValidationException.class, v::throwIfInvalid).errors();
        assertEquals(1, errors.size());
        assertEquals("lines", errors.get(0).field());
        String en = errors.get(0).message().in(Locale.ENGLISH);
        assertTrue(en.contains("differ by 0.01"), en);
        assertTrue(en.contains("(0.51)") && en.contains("(0.52)"), en);
    }

    @Test
    void unbalancedCurrencyNamesTheDifference() {
        List<FieldError> errors = errors(List.of(line("1", "100", null), line("2", null, "99.50")), false);
        assertEquals("lines", fields(errors));
        String en = errors.get(0).message().in(Locale.ENGLISH);
        assertEquals("debits and credits in CNY differ by 0.50: debit 100.00, credit 99.50", en);
    }

    @Test
    void everyCurrencyMustBalanceOnItsOwn() {
        // 100 USD @7 = 700 CNY: balances in base but not per currency
        List<FieldError> errors = errors(List.of(line("1", "100", null, "USD", "7"), line("2", null, "700")), false);
        assertEquals("lines,lines", fields(errors));
    }

    @Test
    void atLeastTwoLines() {
        assertEquals("lines", fields(errors(List.of(line("1", "1", null)), false)));
        assertEquals("lines", fields(errors(null, false)));
    }

    @Test
    void atMostTwoHundredLines() {
        List<VoucherLineInput> lines = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            lines.add(i % 2 == 0 ? line("1", "1", null) : line("2", null, "1"));
        }
        assertTrue(fields(errors(lines, false)).startsWith("lines"));
    }

    @Test
    void eachLineIsExactlyOneOfDebitOrCredit() {
        assertEquals("lines[0],lines[1]",
                fields(errors(List.of(line("1", "5", "5"), line("2", "0", "0"), line("3", null, "5")), false)));
    }

    @Test
    void negativeAmountsOnlyForRedInk() {
        List<VoucherLineInput> red = List.of(line("1", "-100", null), line("2", null, "-100"));
        assertEquals("lines[0].debit,lines[1].credit", fields(errors(red, false)));
        Validation v = new Validation();
        VoucherBalance.Result r = VoucherBalance.check(red, CNY, true, v);
        assertFalse(v.hasErrors());
        assertEquals(new BigDecimal("-100.00"), r.totalDebit());
        assertEquals(new BigDecimal("-100.00"), r.totalCredit());
    }

    @Test
    void amountsHaveAtMostTheCurrencyDecimals() {
        assertEquals("lines[0].debit", fields(errors(List.of(line("1", "1.001", null), line("2", null, "1")), false)));
        // JPY has no decimals
        assertEquals("lines[0].debit,lines[1].credit", fields(errors(List.of(line("1", "1.5", null, "JPY", "0.05"),
                line("2", null, "1.5", "JPY", "0.05")), false)));
        assertEquals("", fields(errors(List.of(line("1", "1.500", null), line("2", null, "1.5")), false)));
    }

    @Test
    void exchangeRates() {
        assertEquals("lines[0].exchangeRate,lines[1].exchangeRate", fields(errors(List.of(
                line("1", "1", null, "USD", null), line("2", null, "1", "USD", "0")), false)));
        assertEquals("lines[0].exchangeRate", fields(errors(List.of(
                line("1", "1", null, "CNY", "7"), line("2", null, "1", "CNY", "1.000")), false)));
        assertEquals("lines[0].currency", fields(errors(List.of(
                line("1", "1", null, "XYZW", "1"), line("2", null, "1")), false)));
    }
}
