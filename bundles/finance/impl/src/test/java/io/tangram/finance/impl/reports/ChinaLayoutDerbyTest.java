package io.tangram.finance.impl.reports;

import static io.tangram.finance.impl.reports.Ledger.amount;
import static io.tangram.finance.impl.reports.Ledger.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.AccountInput;
import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.FinancialStatement;
import io.tangram.finance.api.StatementLayout;
import io.tangram.finance.impl.FinanceBooks;

/** 资产负债表 and 利润表 in the 小企业会计准则 line items, hand-computed, and their totals against the default layout. */
class ChinaLayoutDerbyTest {
    private static final long C = FinanceBooks.COMPANY;
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private FinanceBooks books;

    @BeforeEach
    void year() {
        books = new FinanceBooks();
        post(books, "2026-01-02", "capital", "1002:200000:0", "3001:0:200000");
        post(books, "2026-01-10", "bank loan", "1002:50000:0", "2001:0:50000");
        post(books, "2026-02-01", "equipment", "1601:60000:0", "22210101:7800:0", "1002:0:67800");
        post(books, "2026-12-31", "depreciation", "5602:1000:0", "1602:0:1000");
        post(books, "2026-03-01", "goods on credit", "1405:30000:0", "22210101:3900:0", "2202:0:33900");
        post(books, "2026-03-02", "margin", "1405:500:0", "1407:0:500");
        post(books, "2026-04-01", "sale on credit", "1122:56500:0", "5001:0:50000", "22210103:0:6500");
        post(books, "2026-04-01", "cost of sale", "5401:20000:0", "1405:0:20000");
        post(books, "2026-04-30", "salesmen", "5601:8000:0", "2211:0:8000");
        post(books, "2026-05-20", "interest", "5603:300:0", "1002:0:300");
        post(books, "2026-05-31", "surcharges", "5403:780:0", "222102:0:780");
        post(books, "2026-06-01", "found money", "1001:200:0", "5301:0:200");
        post(books, "2026-06-02", "donation", "5711:100:0", "1001:0:100");
        post(books, "2026-07-01", "dividend", "1002:1000:0", "5111:0:1000");
        post(books, "2026-12-31", "income tax", "5801:5000:0", "222103:0:5000");
    }

    @Test
    void theIncomeStatementHasTheFormsLines() {
        FinancialStatement is = books.reports.incomeStatement(C, JAN_1, DEC_31, StatementLayout.CN);
        Map<String, String> expected = Map.ofEntries(Map.entry("revenue", "50000"), Map.entry("costOfSales", "20000"),
                Map.entry("taxesAndSurcharges", "780"), Map.entry("sellingExpenses", "8000"),
                Map.entry("administrativeExpenses", "1000"), Map.entry("financeCosts", "300"),
                Map.entry("investmentIncome", "1000"), Map.entry("operatingProfit", "20920"),
                Map.entry("nonOperatingIncome", "200"), Map.entry("nonOperatingExpenses", "100"),
                Map.entry("totalProfit", "21020"), Map.entry("incomeTax", "5000"), Map.entry("netProfit", "16020"));
        expected.forEach((key, value) -> assertEquals(amount(value), line(is, key), key));
        assertEquals(13, is.lines().size());
        assertEquals(line(books.reports.incomeStatement(C, JAN_1, DEC_31), "netProfit"), line(is, "netProfit"));
    }

    @Test
    void theBalanceSheetHasTheFormsLinesAndBalances() {
        FinancialStatement bs = books.reports.balanceSheet(C, DEC_31, StatementLayout.CN);
        Map<String, String> expected = Map.ofEntries(Map.entry("cash", "183000"), Map.entry("accountsReceivable", "56500"),
                Map.entry("inventories", "10000"), Map.entry("currentAssets", "249500"),
                Map.entry("fixedAssetsCost", "60000"), Map.entry("accumulatedDepreciation", "1000"),
                Map.entry("fixedAssets", "59000"), Map.entry("nonCurrentAssets", "59000"),
                Map.entry("totalAssets", "308500"), Map.entry("shortTermBorrowings", "50000"),
                Map.entry("accountsPayable", "33900"), Map.entry("employeeBenefitsPayable", "8000"),
                Map.entry("taxesPayable", "580"), Map.entry("currentLiabilities", "92480"),
                Map.entry("totalLiabilities", "92480"), Map.entry("paidInCapital", "200000"),
                Map.entry("retainedEarnings", "16020"), Map.entry("totalEquity", "216020"),
                Map.entry("totalLiabilitiesAndEquity", "308500"), Map.entry("otherCurrentAssets", "0"));
        expected.forEach((key, value) -> assertEquals(amount(value), line(bs, key), key));
        FinancialStatement byAccount = books.reports.balanceSheet(C, DEC_31);
        assertEquals(line(byAccount, "assets"), line(bs, "totalAssets"));
        assertEquals(line(byAccount, "liabilitiesAndEquity"), line(bs, "totalLiabilitiesAndEquity"));
        assertEquals(line(byAccount, "liabilities"), line(bs, "totalLiabilities"));
    }

    @Test
    void accountsOutsideTheFormStillCount() {
        books.chart.create(new AccountInput(C, "1999", "其他资产", "Other assets", null, AccountType.ASSET, null));
        books.chart.create(new AccountInput(C, "5999", "其他费用", "Other costs", null, AccountType.EXPENSE, null));
        post(books, "2026-08-01", "deposit", "1999:100:0", "1002:0:100");
        post(books, "2026-08-02", "sundry", "5999:40:0", "1001:0:40");
        FinancialStatement bs = books.reports.balanceSheet(C, DEC_31, StatementLayout.CN);
        assertEquals(amount("100"), line(bs, "otherCurrentAssets"));
        assertEquals(line(bs, "totalAssets"), line(bs, "totalLiabilitiesAndEquity"));
        assertEquals(line(books.reports.balanceSheet(C, DEC_31), "assets"), line(bs, "totalAssets"));
        FinancialStatement is = books.reports.incomeStatement(C, JAN_1, DEC_31, StatementLayout.CN);
        assertEquals(amount("1040"), line(is, "administrativeExpenses"));
        assertEquals(line(books.reports.incomeStatement(C, JAN_1, DEC_31), "netProfit"), line(is, "netProfit"));
    }

    @Test
    void aFormulaNamingNoAccountAndNoLineAboveIsRefused() {
        IllegalArgumentException later = assertThrows(IllegalArgumentException.class, () -> StatementForm.parse(
                new StringReader("total,0,cash,合计,Total\ncash,2,1001,现金,Cash\n"), "f.csv"));
        assertTrue(later.getMessage().startsWith("f.csv line 1"), later.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StatementForm.parse(
                new StringReader("cash,7,1001,现金,Cash\n"), "f.csv"));
        assertThrows(IllegalArgumentException.class, () -> StatementForm.parse(
                new StringReader("cash,2,1001+@NOTHING,现金,Cash\n"), "f.csv"));
        assertThrows(IllegalArgumentException.class, () -> StatementForm.parse(
                new StringReader("cash,2,1001++1002,现金,Cash\n"), "f.csv"));
    }

    private static BigDecimal line(FinancialStatement s, String key) {
        return s.line(key).orElseThrow(() -> new AssertionError("no line " + key)).amount().amount();
    }
}
