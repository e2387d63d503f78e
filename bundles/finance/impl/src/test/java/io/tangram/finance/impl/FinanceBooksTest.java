package io.tangram.finance.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;

class FinanceBooksTest {

    @Test
    void theFixtureHasTheChinaChartAndPostsVouchers() {
        FinanceBooks books = new FinanceBooks();
        assertTrue(books.sql.one("SELECT COUNT(*) FROM fin_account", rs -> rs.getLong(1)).orElseThrow() >= 60);
        books.vouchers.record(new VoucherInput(null, LocalDate.of(2026, 11, 2), "capital", List.of(
                new VoucherLineInput("1002", new BigDecimal("100"), BigDecimal.ZERO, null, null, null, null, null),
                new VoucherLineInput("3001", BigDecimal.ZERO, new BigDecimal("100"), null, null, null, null, null)),
                null, null));
        assertTrue(books.reports.trialBalance(FinanceBooks.COMPANY, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))
                .balanced());
        assertEquals(1, books.published.stream().filter(e -> e.startsWith("tangram/finance/VoucherPosted")).count());
    }
}
