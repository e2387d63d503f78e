package io.tangram.finance.impl.reports;

import static io.tangram.finance.impl.reports.Ledger.amount;
import static io.tangram.finance.impl.reports.Ledger.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.FinancialStatement;
import io.tangram.finance.api.StatementLayout;
import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.api.TrialBalanceLine;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherLineDto;
import io.tangram.finance.api.YearEndClosing;
import io.tangram.finance.api.YearEndClosingDto;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.finance.impl.service.YearEndClosingService;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ValidationException;

/** Closing 2026 on the China chart: revenue 10 500, expenses 8 250, profit 2 250 to 3104. */
class YearEndClosingDerbyTest {
    private static final long C = FinanceBooks.COMPANY;
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private FinanceBooks books;
    private YearEndClosingService closing;

    @BeforeEach
    void year2026() {
        books = new FinanceBooks();
        closing = closing(ReportSettings.DEFAULTS);
        post(books, "2026-01-05", "capital", "1002:100000:0", "3001:0:100000");
        post(books, "2026-02-01", "goods bought", "1405:8000:0", "1002:0:8000");
        post(books, "2026-03-10", "sale on credit", "1122:11300:0", "5001:0:10000", "22210103:0:1300");
        post(books, "2026-03-10", "cost of the sale", "5401:6000:0", "1405:0:6000");
        post(books, "2026-06-30", "scrap sold", "1001:500:0", "5051:0:500");
        post(books, "2026-07-31", "office rent", "5602:1500:0", "1002:0:1500");
        post(books, "2026-12-20", "income tax", "5801:750:0", "222103:0:750");
    }

    private YearEndClosingService closing(ReportSettings settings) {
        return new YearEndClosingService(null, books.dataSource, books.tx, books.audit, books.companies, books.vouchers,
                settings);
    }

    @Test
    void oneVoucherMovesRevenueAndExpensesToProfitAndProfitToRetainedEarnings() {
        YearEndClosingDto closed = closing.closeYear(C, 2026);
        assertEquals(DEC_31, closed.date());
        assertEquals(amount("2250"), closed.netProfit().amount());
        assertEquals("3103", closed.profitAccount());
        assertEquals("3104", closed.retainedEarningsAccount());
        VoucherDto v = books.vouchers.get(closed.voucherId());
        assertEquals(YearEndClosing.SOURCE_TYPE, v.sourceType());
        assertEquals("2026", v.sourceRef());
        assertEquals(List.of("5001 D 10000.00", "5051 D 500.00", "5401 C 6000.00", "5602 C 1500.00", "5801 C 750.00",
                "3103 C 2250.00", "3103 D 2250.00", "3104 C 2250.00"), v.lines().stream().map(YearEndClosingDerbyTest::text)
                        .toList());
        assertEquals(Optional.of(closed), closing.find(C, 2026));
        assertTrue(books.audited.contains("close-year year 1:2026"), books.audited.toString());

        TrialBalance tb = books.reports.trialBalance(C, JAN_1, DEC_31);
        assertTrue(tb.balanced());
        for (TrialBalanceLine l : tb.lines()) {
            if (l.accountCode().startsWith("5") || l.accountCode().equals("3103")) {
                assertEquals(l.closingDebit(), l.closingCredit(), l.accountCode() + " ends the year at zero");
            }
        }
        assertEquals(amount("2250"), tb.lines().stream().filter(l -> l.accountCode().equals("3104")).findFirst()
                .orElseThrow().closingCredit().amount());
    }

    @Test
    void theIncomeStatementStillShowsTheYearAfterClosing() {
        FinancialStatement before = books.reports.incomeStatement(C, JAN_1, DEC_31);
        FinancialStatement beforeCn = books.reports.incomeStatement(C, JAN_1, DEC_31, StatementLayout.CN);
        closing.closeYear(C, 2026);
        assertEquals(before, books.reports.incomeStatement(C, JAN_1, DEC_31));
        assertEquals(beforeCn, books.reports.incomeStatement(C, JAN_1, DEC_31, StatementLayout.CN));
        assertEquals(amount("10500"), line(before, "revenue"));
        assertEquals(amount("2250"), line(before, "netProfit"));
        assertEquals(before.lines(), books.reports.incomeStatement(C, LocalDate.of(2025, 7, 1), DEC_31).lines());
    }

    @Test
    void theBalanceSheetShowsTheProfitAsRetainedEarningsAfterClosing() {
        FinancialStatement before = books.reports.balanceSheet(C, DEC_31);
        assertEquals(amount("2250"), line(before, "equity.currentProfit"));
        closing.closeYear(C, 2026);
        FinancialStatement after = books.reports.balanceSheet(C, DEC_31);
        assertEquals(amount("0"), line(after, "equity.currentProfit"));
        assertEquals(amount("2250"), line(after, "equity.3104"));
        assertEquals(line(before, "equity"), line(after, "equity"));
        assertEquals(line(after, "assets"), line(after, "liabilitiesAndEquity"));
        FinancialStatement cn = books.reports.balanceSheet(C, DEC_31, StatementLayout.CN);
        assertEquals(amount("2250"), line(cn, "retainedEarnings"));
        assertEquals(line(cn, "totalAssets"), line(cn, "totalLiabilitiesAndEquity"));
    }

    @Test
    void aYearClosesOnce() {
        YearEndClosingDto first = closing.closeYear(C, 2026);
        ConflictException again = assertThrows(ConflictException.class, () -> closing.closeYear(C, 2026));
        assertTrue(again.getMessage().contains(first.voucherNumber()), again.getMessage());
        assertEquals(1, books.sql.one("SELECT COUNT(*) FROM fin_voucher WHERE source_type = 'YEC'", rs -> rs.getLong(1))
                .orElseThrow());
    }

    @Test
    void aReversedClosingLeavesTheIncomeStatementAlone() {
        FinancialStatement before = books.reports.incomeStatement(C, JAN_1, DEC_31);
        YearEndClosingDto closed = closing.closeYear(C, 2026);
        books.vouchers.reverse(closed.voucherId(), null, "closed too early");
        assertEquals(before, books.reports.incomeStatement(C, JAN_1, DEC_31));
        assertEquals(amount("2250"), line(books.reports.balanceSheet(C, DEC_31), "equity.currentProfit"));
    }

    @Test
    void aLossIsClosedTheOtherWayRound() {
        closing.closeYear(C, 2026);
        post(books, "2027-03-01", "rent", "5602:1000:0", "1002:0:1000");
        YearEndClosingDto closed = closing.closeYear(C, 2027);
        assertEquals(amount("-1000"), closed.netProfit().amount());
        assertEquals(List.of("5602 C 1000.00", "3103 D 1000.00", "3103 C 1000.00", "3104 D 1000.00"),
                books.vouchers.get(closed.voucherId()).lines().stream().map(YearEndClosingDerbyTest::text).toList());
    }

    @Test
    void aClosedDecemberIsRefusedAndNothingIsPosted() {
        books.periods.close(C, "2026-12");
        ConflictException e = assertThrows(ConflictException.class, () -> closing.closeYear(C, 2026));
        assertTrue(e.getMessage().contains("December 2026 is closed"), e.getMessage());
        assertFalse(closing.find(C, 2026).isPresent());
    }

    @Test
    void aYearWithNothingToCloseIsRefused() {
        assertThrows(ConflictException.class, () -> closing.closeYear(C, 2024));
        ValidationException bad = assertThrows(ValidationException.class, () -> closing.closeYear(C, 26));
        assertEquals("year", bad.errors().get(0).field());
    }

    @Test
    void theAccountsComeFromTheConfiguration() {
        ConflictException missing = assertThrows(ConflictException.class, () -> closing(new ReportSettings(
                List.of("1001"), List.of("3300"), List.of("3200"))).closeYear(C, 2026));
        assertTrue(missing.getMessage().contains("profitAccount"), missing.getMessage());
        YearEndClosingDto toSurplus = closing(new ReportSettings(List.of("1001"), List.of("3300", "3103"),
                List.of("3101"))).closeYear(C, 2026);
        assertEquals("3101", toSurplus.retainedEarningsAccount());
    }

    private static String text(VoucherLineDto l) {
        return l.accountCode() + (l.debit().isZero() ? " C " + l.credit().amount() : " D " + l.debit().amount());
    }

    private static BigDecimal line(FinancialStatement s, String key) {
        return s.line(key).orElseThrow(() -> new AssertionError("no line " + key + " in " + s.lines())).amount().amount();
    }
}
