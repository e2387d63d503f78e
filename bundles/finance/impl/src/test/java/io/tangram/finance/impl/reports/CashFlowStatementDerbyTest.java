package io.tangram.finance.impl.reports;

import static io.tangram.finance.impl.reports.Ledger.amount;
import static io.tangram.finance.impl.reports.Ledger.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.AccountInput;
import io.tangram.finance.api.CashFlowStatement;
import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.api.TrialBalanceLine;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.finance.impl.service.LedgerReportService;
import io.tangram.platform.api.error.ValidationException;

/** The cash flow statement of a February on the China chart, figures computed by hand. */
class CashFlowStatementDerbyTest {
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate FEB_28 = LocalDate.of(2026, 2, 28);

    private FinanceBooks books;

    @BeforeEach
    void february() {
        books = new FinanceBooks();
        books.chart.create(new AccountInput(FinanceBooks.COMPANY, "101201", "支付宝", "Alipay", "1012", null, null));
        post(books, "2026-01-05", "capital", "1002:100000:0", "3001:0:100000");
        post(books, "2026-02-03", "cash sale", "1002:11300:0", "5001:0:10000", "22210103:0:1300");
        post(books, "2026-02-05", "goods bought", "1405:5000:0", "22210101:650:0", "1002:0:5650");
        post(books, "2026-02-10", "cash withdrawn", "1001:2000:0", "1002:0:2000");
        post(books, "2026-02-15", "salaries", "2211:3000:0", "1001:0:1500", "1002:0:1500");
        post(books, "2026-02-20", "bank loan", "1002:50000:0", "2001:0:50000");
        post(books, "2026-02-22", "receipts less bank fee", "1002:990:0", "5603:10:0", "1122:0:600", "1221:0:400");
        post(books, "2026-02-24", "customer paid by Alipay", "101201:500:0", "1122:0:500");
        long wrong = post(books, "2026-02-26", "supplier paid twice", "2202:800:0", "1002:0:800").id();
        books.vouchers.reverse(wrong, LocalDate.of(2026, 2, 27), "paid twice");
        post(books, "2026-03-01", "March sale", "1002:100:0", "5001:0:100");
        books.vouchers.draft(Ledger.input("2026-02-28", "draft", "1002:999:0", "5001:0:999"));
    }

    @Test
    void cashMovementsAreClassifiedByTheirCounterparts() {
        CashFlowStatement cf = books.reports.cashFlow(FinanceBooks.COMPANY, FEB_1, FEB_28);
        assertEquals(amount("12394"), line(cf, "operating.salesReceipts"), "11300 + 594 + 500");
        assertEquals(amount("396"), line(cf, "operating.otherReceipts"), "the 1221 share of 990");
        assertEquals(amount("5650"), line(cf, "operating.purchasePayments"), "the double payment is reversed");
        assertEquals(amount("3000"), line(cf, "operating.payrollPayments"));
        assertEquals(amount("0"), line(cf, "operating.taxPayments"));
        assertEquals(amount("4140"), line(cf, "operating"));
        assertEquals(amount("0"), line(cf, "investing"));
        assertEquals(amount("50000"), line(cf, "financing.borrowingsReceived"));
        assertEquals(amount("50000"), line(cf, "financing"));
        assertEquals(amount("54140"), cf.netIncrease().amount());
        assertEquals(amount("54140"), line(cf, "netIncrease"));
        assertEquals(amount("100000"), cf.openingCash().amount());
        assertEquals(amount("154140"), cf.closingCash().amount());
    }

    @Test
    void theNetIncreaseIsTheChangeOfTheCashAccountsBalances() {
        CashFlowStatement cf = books.reports.cashFlow(FinanceBooks.COMPANY, FEB_1, FEB_28);
        TrialBalance tb = books.reports.trialBalance(FinanceBooks.COMPANY, FEB_1, FEB_28);
        BigDecimal change = BigDecimal.ZERO;
        BigDecimal closing = BigDecimal.ZERO;
        for (TrialBalanceLine l : tb.lines()) {
            if (List.of("1001", "1002", "1012").contains(l.accountCode())) {
                change = change.add(l.debit().amount()).subtract(l.credit().amount());
                closing = closing.add(l.closingDebit().amount()).subtract(l.closingCredit().amount());
            }
        }
        assertEquals(change, cf.netIncrease().amount());
        assertEquals(closing, cf.closingCash().amount());
        assertEquals(cf.closingCash().amount().subtract(cf.openingCash().amount()), cf.netIncrease().amount());
    }

    @Test
    void overTheWholeYearSoFarTheCapitalIsAFinancingReceipt() {
        CashFlowStatement cf = books.reports.cashFlow(FinanceBooks.COMPANY, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31));
        assertEquals(amount("100000"), line(cf, "financing.capitalReceived"));
        assertEquals(amount("12494"), line(cf, "operating.salesReceipts"));
        assertEquals(amount("0"), cf.openingCash().amount());
        assertEquals(amount("154240"), cf.netIncrease().amount());
    }

    @Test
    void configuredCashAccountsDecideWhatIsCash() {
        LedgerReportService bankOnly = new LedgerReportService(null, books.dataSource, books.companies,
                new ReportSettings(List.of("1002"), List.of("3103"), List.of("3104")));
        CashFlowStatement cf = bankOnly.cashFlow(FinanceBooks.COMPANY, FEB_1, FEB_28);
        // the withdrawal to petty cash is now a payment, the salaries paid from petty cash are not
        assertEquals(amount("1500"), line(cf, "operating.payrollPayments"));
        assertEquals(amount("2000"), line(cf, "operating.otherPayments"));
        assertEquals(amount("53140"), cf.netIncrease().amount());
    }

    @Test
    void aSpanBackwardsIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> books.reports.cashFlow(FinanceBooks.COMPANY, FEB_28, FEB_1));
        assertEquals("to", e.errors().get(0).field());
    }

    private static BigDecimal line(CashFlowStatement cf, String key) {
        return cf.line(key).orElseThrow(() -> new AssertionError("no line " + key)).amount().amount();
    }
}
