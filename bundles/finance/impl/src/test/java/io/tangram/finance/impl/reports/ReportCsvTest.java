package io.tangram.finance.impl.reports;

import static io.tangram.finance.impl.reports.Ledger.post;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.StatementLayout;
import io.tangram.finance.impl.FinanceBooks;

/** Every report as CSV, on a small January ledger. */
class ReportCsvTest {
    private static final long C = FinanceBooks.COMPANY;
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
    private static FinanceBooks books;

    @BeforeAll
    static void january() {
        books = new FinanceBooks();
        post(books, "2026-01-05", "capital", "1002:100000:0", "3001:0:100000");
        post(books, "2026-01-20", "=HYPERLINK(\"x\"), sold", "1002:1130:0", "5001:0:1000", "22210103:0:130");
    }

    private static List<String> rows(String csv) {
        return Arrays.asList(csv.split("\r\n", -1));
    }

    @Test
    void aFileStartsWithTheUtf8ByteOrderMark() {
        byte[] file = ReportCsv.file("项目 Item\r\n");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        assertEquals("项目 Item\r\n", new String(file, 3, file.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void theTrialBalanceHasBilingualHeadersAndPlainAmounts() {
        List<String> rows = rows(ReportCsv.trialBalance(books.reports.trialBalance(C, JAN_1, JAN_31)));
        assertEquals("科目编码 Account code,科目名称 Account name,级次 Level,期初借方 Opening debit,期初贷方 Opening credit,"
                + "本期借方 Debit,本期贷方 Credit,期末借方 Closing debit,期末贷方 Closing credit", rows.get(0));
        assertEquals("1002,银行存款,1,0.00,0.00,101130.00,0.00,101130.00,0.00", rows.get(1));
        assertEquals("合计 Total,,,0.00,0.00,101130.00,101130.00,101130.00,101130.00", rows.get(rows.size() - 2));
        assertEquals("", rows.get(rows.size() - 1));
    }

    @Test
    void ledgerTextIsQuotedAndNeverAFormula() {
        List<String> rows = rows(ReportCsv.ledger(books.reports.generalLedger(C, "1002", JAN_1, JAN_31)));
        assertEquals("日期 Date,凭证号 Voucher,行号 Line,摘要 Description,借方 Debit,贷方 Credit,余额 Balance", rows.get(0));
        assertEquals("2026-01-01,,,期初余额 Opening balance,,,0.00", rows.get(1));
        assertEquals("2026-01-20,记-2026-01-0002,1,\"'=HYPERLINK(\"\"x\"\"), sold\",1130.00,0.00,101130.00", rows.get(3));
        assertEquals("2026-01-31,,,本期合计 Total,101130.00,0.00,101130.00", rows.get(4));
    }

    @Test
    void statementsListTheirLines() {
        List<String> is = rows(ReportCsv.statement(books.reports.incomeStatement(C, JAN_1, JAN_31, StatementLayout.CN)));
        assertEquals("项目 Item,Item,代码 Key,级次 Level,金额 Amount", is.get(0));
        assertEquals("一、营业收入,Operating revenue,revenue,1,1000.00", is.get(1));
        assertEquals("四、净利润（净亏损以“-”号填列）,Net profit,netProfit,0,1000.00", is.get(is.size() - 2));
        List<String> cf = rows(ReportCsv.cashFlow(books.reports.cashFlow(C, JAN_1, JAN_31)));
        assertEquals("销售产成品、商品、提供劳务收到的现金,Cash received from sales of goods and services,"
                + "operating.salesReceipts,2,1130.00", cf.get(2));
        List<String> bs = rows(ReportCsv.statement(books.reports.balanceSheet(C, JAN_31)));
        assertEquals("资产合计,Total assets,assets,1,101130.00", bs.get(1));
    }
}
