package io.tangram.finance.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.tangram.finance.api.AccountLedger;
import io.tangram.finance.api.CashFlowStatement;
import io.tangram.finance.api.FinancialStatement;
import io.tangram.finance.api.PeriodStatus;
import io.tangram.finance.api.StatementLayout;
import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.api.TrialBalanceLine;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.VoucherStatus;
import io.tangram.finance.api.arap.AgingAmounts;
import io.tangram.finance.api.arap.AgingBucket;
import io.tangram.finance.api.arap.AgingReport;
import io.tangram.finance.api.arap.AllocationInput;
import io.tangram.finance.api.arap.CreditNoteInput;
import io.tangram.finance.api.arap.CreditNoteLineInput;
import io.tangram.finance.api.arap.CustomerExposure;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceInput;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceLineInput;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.api.arap.OpenItem;
import io.tangram.finance.api.arap.OpenItemKind;
import io.tangram.finance.api.arap.PartyAging;
import io.tangram.finance.api.arap.PaymentDto;
import io.tangram.finance.api.arap.PaymentInput;
import io.tangram.finance.api.arap.PaymentKind;
import io.tangram.finance.api.arap.PaymentStatus;
import io.tangram.finance.api.arap.VatRateLine;
import io.tangram.finance.api.arap.VatSummary;
import io.tangram.finance.api.asset.AssetDto;
import io.tangram.finance.api.asset.AssetInput;
import io.tangram.finance.api.asset.DepreciationRunDto;
import io.tangram.finance.impl.arap.ArApPolicy;
import io.tangram.finance.impl.arap.service.ArApSettings;
import io.tangram.finance.impl.arap.service.InvoiceService;
import io.tangram.finance.impl.arap.service.OpenItemService;
import io.tangram.finance.impl.arap.service.PaymentService;
import io.tangram.finance.impl.arap.service.VatReportService;
import io.tangram.finance.impl.asset.AssetCategoryService;
import io.tangram.finance.impl.asset.DepreciationService;
import io.tangram.finance.impl.asset.FixedAssetService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.numbering.DocumentNumbers;

/**
 * Two months of a small trading company (October and November 2026, CNY, China small-business chart)
 * entered through the services a user would use — manual vouchers, fixed assets, invoices, credit
 * notes, receipts and approved payments, a reversal, a period close, a depreciation run — and every
 * report checked to the fen against figures computed by hand, then against each other.
 *
 * <p>Ledger effect of each step (Dr / Cr), October:
 * <pre>
 *  1 10-01 capital            1002 500,000 / 3001
 *  2 10-03 machine (FA)       1601 120,000 / 1002
 *  3 10-05 S1 supplier A      1405 50,000 + 22210101 6,500 / 2202 56,500
 *  4 10-08 S2 supplier B      5602 2,000 + 22210101 120 / 2202 2,120
 *  5 10-12 C1 customer X      1122 45,200 / 5001 40,000 + 22210103 5,200
 *  6 10-12 cost of C1         5401 24,000 / 1405
 *  7 10-15 C2 customer Y      1122 10,600 / 5001 10,000 + 22210103 600
 *  8 10-20 receipt X (C1)     1002 45,200 / 1122
 *  9 10-25 payment A (S1)     2202 30,000 / 1002
 * 10 10-28 salaries accrued   5602 8,000 / 2211
 * 11 10-31 salaries paid      2211 8,000 / 1002
 * 12 10-30 office supplies    5602 300 / 1002
 * 13 10-30 the same again, reversed 10-31 (red ink: 5602 −300 / 1002 −300)
 * </pre>
 * November:
 * <pre>
 * 14 11-02 credit note on C2  5001 1,000 + 22210103 60 / 1122 1,060
 * 15 11-05 receipt Y (C2)     1002 5,000 / 1122
 * 16 11-10 C3 customer X      1122 33,900 / 5001 30,000 + 22210103 3,900
 * 17 11-10 cost of C3         5401 18,000 / 1405
 * 18 11-15 payments A, B      2202 26,500 / 1002; 2202 2,120 / 1002
 * 19 11-20 S3 supplier A      1405 20,000 + 22210101 2,600 / 2202 22,600
 * 20 11-30 depreciation       5602 950 / 1602   ((120,000 − 6,000) / 120)
 * 21 11-30 bank interest      1002 120 / 5603
 * 22 11-25 short-term loan    1002 100,000 / 2001
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoMonthScenarioTest {
    private static final long CO = FinanceBooks.COMPANY;
    private static final long X = 10;
    private static final long Y = 11;
    private static final long A = 20;
    private static final long B = 21;
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private FinanceBooks books;
    private InvoiceService invoices;
    private PaymentService payments;
    private OpenItemService openItems;
    private VatReportService vat;
    private FixedAssetService assets;
    private DepreciationService depreciation;

    private AssetDto machine;
    private InvoiceDto s1;
    private InvoiceDto s2;
    private InvoiceDto c1;
    private InvoiceDto c2;
    private InvoiceDto c3;
    private InvoiceDto s3;
    private InvoiceDto creditNote;
    private DepreciationRunDto novemberRun;

    // ------------------------------------------------------------------ the scenario

    @BeforeAll
    void twoMonths() {
        books = new FinanceBooks();
        wireServices();

        // ---- October
        manual("2026-10-01", "capital paid in", "1002:500000:0", "3001:0:500000");                      // 1
        machine = assets.register(new AssetInput(null, "M-1", "Packing machine", "02", LocalDate.of(2026, 10, 3),
                d("120000"), d("6000"), 120, null, "1002", null, null));                                 // 2
        assertAmount("950", machine.monthlyDepreciation(), "(120,000 − 6,000) / 120");
        assertEquals("2026-11", machine.firstDepreciationPeriod());
        s1 = post(purchase(A, "2026-10-05", "FP-A-1", line("Goods", "50000", "0.13", "1405")));          // 3
        s2 = post(purchase(B, "2026-10-08", "FP-B-1", line("Office service", "2000", "0.06", null)));    // 4
        c1 = post(sale(X, "2026-10-12", line("Goods", "40000", "0.13", null)));                          // 5
        manual("2026-10-12", "cost of C1", "5401:24000:0", "1405:0:24000");                              // 6
        c2 = post(sale(Y, "2026-10-15", line("Services", "10000", "0.06", null)));                       // 7
        assertAmount("56500", s1.total(), "50,000 + 6,500");
        assertAmount("2120", s2.total(), "2,000 + 120");
        assertAmount("45200", c1.total(), "40,000 + 5,200");
        assertAmount("10600", c2.total(), "10,000 + 600");
        assertEquals("5602", s2.lines().get(0).accountCode(), "the default expense account");
        PaymentDto receiptX = payments.create(payment(PaymentKind.RECEIPT, X, "2026-10-20", "45200",
                allocate(c1, "45200")));                                                                // 8
        assertEquals(PaymentStatus.POSTED, receiptX.status());
        PaymentDto payA1 = payments.create(payment(PaymentKind.PAYMENT, A, "2026-10-25", "30000",
                allocate(s1, "30000")));                                                                // 9
        assertEquals(PaymentStatus.DRAFT, payA1.status());
        assertThrows(ConflictException.class, () -> payments.post(payA1.id()), "paid only once approved");
        assertEquals(PaymentStatus.APPROVED, payments.approve(payA1.id()).status());
        assertEquals(PaymentStatus.POSTED, payments.post(payA1.id()).status());
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoices.get(s1.id()).status());
        manual("2026-10-28", "salaries accrued", "5602:8000:0", "2211:0:8000");                          // 10
        manual("2026-10-31", "salaries paid", "2211:8000:0", "1002:0:8000");                             // 11
        manual("2026-10-30", "office supplies", "5602:300:0", "1002:0:300");                             // 12
        VoucherDto duplicate = manual("2026-10-30", "office supplies", "5602:300:0", "1002:0:300");      // 13
        VoucherDto reversal = books.vouchers.reverse(duplicate.id(), OCT_31, "entered twice");
        assertEquals(duplicate.id(), reversal.reversesVoucherId());

        // ---- October is closed; a late posting into it is refused and changes nothing
        books.periods.close(CO, "2026-10");
        int vouchersBefore = postedVouchers();
        TrialBalance octoberBefore = books.reports.trialBalance(CO, OCT_1, OCT_31);
        // drafted and posted in two calls: FinanceBooks does not roll back, so record() would leave its draft behind
        VoucherDto lateVoucher = books.vouchers.draft(input("2026-10-31", "late supplies", "5602:100:0", "1002:0:100"));
        ConflictException closed = assertThrows(ConflictException.class, () -> books.vouchers.post(lateVoucher.id()));
        assertTrue(closed.text().toString().contains("2026-10"), closed.text().toString());
        assertEquals(VoucherStatus.DRAFT, books.vouchers.get(lateVoucher.id()).status());
        books.vouchers.deleteDraft(lateVoucher.id());
        InvoiceDto late = invoices.draft(sale(X, "2026-10-31", line("Late", "100", "0.13", null)));
        assertThrows(ConflictException.class, () -> invoices.post(late.id()), "an invoice into October is refused");
        assertEquals(InvoiceStatus.DRAFT, invoices.get(late.id()).status());
        assertNull(invoices.get(late.id()).number());
        invoices.deleteDraft(late.id());
        int paymentsBefore = count("fin_payment");
        assertThrows(ConflictException.class, () -> payments.create(payment(PaymentKind.RECEIPT, Y, "2026-10-31",
                "100", allocate(c2, "100"))), "a receipt into October is refused");
        assertEquals(paymentsBefore, count("fin_payment"));
        assertEquals(vouchersBefore, postedVouchers());
        assertEquals(vouchersBefore, count("fin_voucher"), "no draft voucher left behind either");
        assertEquals(0, count("fin_invoice WHERE status = 'DRAFT'"));
        assertEquals(octoberBefore, books.reports.trialBalance(CO, OCT_1, OCT_31));

        // ---- November
        creditNote = invoices.creditNote(c2.id(), new CreditNoteInput(LocalDate.of(2026, 11, 2), "price allowance",
                null, List.of(new CreditNoteLineInput(1, null, d("1000")))));                            // 14
        assertAmount("1060", creditNote.total(), "1,000 + 6 % = 1,060");
        payments.create(payment(PaymentKind.RECEIPT, Y, "2026-11-05", "5000", allocate(c2, "5000")));     // 15
        assertAmount("4540", invoices.get(c2.id()).open(), "10,600 − 1,060 − 5,000");
        c3 = post(sale(X, "2026-11-10", line("Goods", "30000", "0.13", null)));                          // 16
        assertAmount("33900", c3.total(), "30,000 + 3,900");
        manual("2026-11-10", "cost of C3", "5401:18000:0", "1405:0:18000");                              // 17
        approvedAndPosted(payment(PaymentKind.PAYMENT, A, "2026-11-15", "26500", allocate(s1, "26500"))); // 18
        approvedAndPosted(payment(PaymentKind.PAYMENT, B, "2026-11-15", "2120", allocate(s2, "2120")));
        assertEquals(InvoiceStatus.PAID, invoices.get(s1.id()).status());
        assertEquals(InvoiceStatus.PAID, invoices.get(s2.id()).status());
        s3 = post(purchase(A, "2026-11-20", "FP-A-2", line("Goods", "20000", "0.13", "1405")));          // 19
        assertAmount("22600", s3.total(), "20,000 + 2,600");
        novemberRun = depreciation.run(CO, "2026-11");                                                   // 20
        manual("2026-11-30", "bank interest", "1002:120:0", "5603:0:120");                               // 21
        manual("2026-11-25", "short-term loan", "1002:100000:0", "2001:0:100000");                       // 22
    }

    private void wireServices() {
        Map<Long, PartyDto> parties = new HashMap<>();
        parties.put(X, new PartyDto(X, CO, "X", "Customer X", true, false, null, 30, "CNY", null, null, true));
        parties.put(Y, new PartyDto(Y, CO, "Y", "Customer Y", true, false, null, 30, "CNY", null, null, true));
        parties.put(A, new PartyDto(A, CO, "A", "Supplier A", false, true, null, 60, "CNY", null, null, true));
        parties.put(B, new PartyDto(B, CO, "B", "Supplier B", false, true, null, 60, "CNY", null, null, true));
        PartyService partyService = (PartyService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PartyService.class}, (p, m, a) -> {
                    if (m.getName().equals("get")) {
                        PartyDto party = parties.get((Long) a[0]);
                        if (party == null) {
                            throw NotFoundException.of(Text.of("Party", "往来单位"), a[0]);
                        }
                        return party;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        Map<String, Integer> counters = new HashMap<>();
        DocumentNumbers numbers = (companyId, type, year) -> String.format("%s-%d-%06d", type, year,
                counters.merge(type + year, 1, Integer::sum));
        ArApSettings settings = new ArApSettings(ArApPolicy.CHINA_SMALL_BUSINESS);
        invoices = new InvoiceService(null, books.dataSource, books.tx, books.audit, books.events, books.companies,
                books.vouchers, partyService, numbers, settings);
        payments = new PaymentService(null, books.dataSource, books.tx, books.audit, books.events, books.companies,
                books.vouchers, partyService, numbers, settings);
        openItems = new OpenItemService(null, books.dataSource, books.companies);
        vat = new VatReportService(null, books.dataSource, books.companies, settings);
        AssetCategoryService categories = new AssetCategoryService(null, books.dataSource, books.tx, books.audit,
                books.companies);
        categories.loadDefaults(CO);
        assets = new FixedAssetService(null, books.dataSource, books.tx, books.audit, books.events, books.companies,
                books.vouchers);
        depreciation = new DepreciationService(null, books.dataSource, books.tx, books.audit, books.events,
                books.companies, books.vouchers);
    }

    // ------------------------------------------------------------------ documents and vouchers

    @Test
    void everyStepPostedOneVoucherAndOctoberStaysClosed() {
        // October: 13 steps + 1 reversal = 14; November: 9 steps, step 18 is two payments = 10
        assertEquals(24, postedVouchers());
        assertEquals(PeriodStatus.CLOSED, books.periods.get(CO, "2026-10").status());
        assertEquals(PeriodStatus.OPEN, books.periods.get(CO, "2026-11").status());
        assertEquals(1, novemberRun.lines().size());
        assertAmount("950", novemberRun.total(), "one machine, one month");
        VoucherDto dep = books.vouchers.get(novemberRun.voucherId());
        assertEquals(NOV_30, dep.date());
        assertEquals(2, dep.lines().size());
        assertEquals("5602", dep.lines().get(0).accountCode());
        assertEquals("1602", dep.lines().get(1).accountCode());
        AssetDto after = assets.get(machine.id());
        assertAmount("950", after.accumulatedDepreciation(), "one month");
        assertAmount("119050", after.netBookValue(), "120,000 − 950");
        assertEquals(InvoiceStatus.PAID, invoices.get(c1.id()).status());
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoices.get(c2.id()).status());
        assertEquals(InvoiceStatus.POSTED, invoices.get(c3.id()).status());
        assertEquals(InvoiceStatus.POSTED, invoices.get(s3.id()).status());
        assertEquals(c2.id(), creditNote.creditNoteOf());
    }

    // ------------------------------------------------------------------ trial balance

    @Test
    void trialBalanceOfBothMonths() {
        TrialBalance tb = books.reports.trialBalance(CO, OCT_1, NOV_30);
        // account: opening Dr, opening Cr, movement Dr, movement Cr, closing Dr, closing Cr — nothing before October
        Map<String, String[]> expected = new LinkedHashMap<>();
        // Dr 500,000 + 45,200 + 5,000 + 120 + 100,000; Cr 120,000 + 30,000 + 8,000 + 300 + 300 − 300 + 26,500 + 2,120
        expected.put("1002", row("650320", "186920", "463400", "0"));
        // Dr 45,200 + 10,600 + 33,900; Cr 45,200 + 1,060 + 5,000
        expected.put("1122", row("89700", "51260", "38440", "0"));
        // Dr 50,000 + 20,000; Cr 24,000 + 18,000
        expected.put("1405", row("70000", "42000", "28000", "0"));
        expected.put("1601", row("120000", "0", "120000", "0"));
        expected.put("1602", row("0", "950", "0", "950"));
        expected.put("2001", row("0", "100000", "0", "100000"));
        // Dr 30,000 + 26,500 + 2,120; Cr 56,500 + 2,120 + 22,600
        expected.put("2202", row("58620", "81220", "0", "22600"));
        expected.put("2211", row("8000", "8000", "0", "0"));
        // 2221 = 222101 = 22210101 + 22210103: Dr 9,220 + 60; Cr 9,700
        expected.put("2221", row("9280", "9700", "0", "420"));
        expected.put("222101", row("9280", "9700", "0", "420"));
        // Dr 6,500 + 120 + 2,600
        expected.put("22210101", row("9220", "0", "9220", "0"));
        // Dr 60 (credit note); Cr 5,200 + 600 + 3,900
        expected.put("22210103", row("60", "9700", "0", "9640"));
        expected.put("3001", row("0", "500000", "0", "500000"));
        // Dr 1,000 (credit note); Cr 40,000 + 10,000 + 30,000
        expected.put("5001", row("1000", "80000", "0", "79000"));
        expected.put("5401", row("42000", "0", "42000", "0"));
        // 2,000 + 8,000 + 300 + 300 − 300 + 950
        expected.put("5602", row("11250", "0", "11250", "0"));
        expected.put("5603", row("0", "120", "0", "120"));

        assertEquals(expected.keySet(), new java.util.LinkedHashSet<>(tb.lines().stream()
                .map(TrialBalanceLine::accountCode).toList()), "exactly the accounts the scenario touched");
        expected.forEach((code, e) -> {
            TrialBalanceLine l = tbLine(tb, code);
            assertAmount("0", l.openingDebit(), code + " opening debit");
            assertAmount("0", l.openingCredit(), code + " opening credit");
            assertAmount(e[0], l.debit(), code + " debit");
            assertAmount(e[1], l.credit(), code + " credit");
            assertAmount(e[2], l.closingDebit(), code + " closing debit");
            assertAmount(e[3], l.closingCredit(), code + " closing credit");
        });
        assertTrue(tb.balanced());
        assertAmount("0", tb.openingDebit(), "nothing before October");
        assertAmount("0", tb.openingCredit(), "nothing before October");
        // top-level debits: 650,320 + 89,700 + 70,000 + 120,000 + 58,620 + 8,000 + 9,280 + 1,000 + 42,000 + 11,250
        assertAmount("1060170", tb.debit(), "movement debit");
        // top-level credits: 186,920 + 51,260 + 42,000 + 950 + 100,000 + 81,220 + 8,000 + 9,700 + 500,000 + 80,000 + 120
        assertAmount("1060170", tb.credit(), "movement credit");
        // 463,400 + 38,440 + 28,000 + 120,000 + 42,000 + 11,250
        assertAmount("703090", tb.closingDebit(), "closing debit");
        // 950 + 100,000 + 22,600 + 420 + 500,000 + 79,000 + 120
        assertAmount("703090", tb.closingCredit(), "closing credit");
    }

    @Test
    void novemberTrialBalanceOpensWithOctobersClosing() {
        TrialBalance tb = books.reports.trialBalance(CO, NOV_1, NOV_30);
        assertTrue(tb.balanced());
        assertAmount("386900", tbLine(tb, "1002").openingDebit(), "500,000 − 120,000 + 45,200 − 30,000 − 8,000 − 300");
        assertAmount("10600", tbLine(tb, "1122").openingDebit(), "45,200 + 10,600 − 45,200");
        assertAmount("26000", tbLine(tb, "1405").openingDebit(), "50,000 − 24,000");
        assertAmount("28620", tbLine(tb, "2202").openingCredit(), "56,500 + 2,120 − 30,000");
        assertAmount("820", tbLine(tb, "2221").openingDebit(), "input 6,620 − output 5,800");
        // opening debits: 386,900 + 10,600 + 26,000 + 120,000 + 820 + 24,000 + 10,300
        assertAmount("578620", tb.openingDebit(), "opening debit");
        // opening credits: 28,620 + 500,000 + 50,000
        assertAmount("578620", tb.openingCredit(), "opening credit");
        assertAmount("76500", tbLine(tb, "1002").debit().amount().subtract(tbLine(tb, "1002").credit().amount()),
                "5,000 + 120 + 100,000 − 26,500 − 2,120");
    }

    @Test
    void generalLedgersOfBankAndReceivables() {
        AccountLedger bank = books.reports.generalLedger(CO, "1002", OCT_1, NOV_30);
        assertAmount("0", bank.opening(), "nothing before October");
        assertAmount("650320", bank.debit(), "500,000 + 45,200 + 5,000 + 120 + 100,000");
        assertAmount("186920", bank.credit(), "120,000 + 30,000 + 8,000 + 300 + 300 − 300 + 26,500 + 2,120");
        assertAmount("463400", bank.closing(), "650,320 − 186,920");
        // capital, machine, receipt X, payment A, salaries, supplies, duplicate, its reversal; receipt Y, A, B,
        // loan, interest
        assertEquals(13, bank.entries().size());
        AccountLedger bankNov = books.reports.generalLedger(CO, "1002", NOV_1, NOV_30);
        assertAmount("386900", bankNov.opening(), "October's closing");
        assertAmount("463400", bankNov.closing(), "386,900 + 76,500");

        AccountLedger receivables = books.reports.generalLedger(CO, "1122", OCT_1, NOV_30);
        assertAmount("89700", receivables.debit(), "45,200 + 10,600 + 33,900");
        assertAmount("51260", receivables.credit(), "45,200 + 1,060 + 5,000");
        assertAmount("38440", receivables.closing(), "89,700 − 51,260");
        AccountLedger outputVat = books.reports.generalLedger(CO, "22210103", NOV_1, NOV_30);
        assertAmount("5800", outputVat.opening(), "October's output VAT, a credit balance on its normal side");
        assertAmount("9640", outputVat.closing(), "5,800 + 3,900 − 60");
    }

    // ------------------------------------------------------------------ income statement

    @Test
    void incomeStatements() {
        FinancialStatement oct = books.reports.incomeStatement(CO, OCT_1, OCT_31);
        assertAmount("50000", line(oct, "revenue"), "40,000 + 10,000");
        assertAmount("50000", line(oct, "revenue.5001"), "5001");
        assertAmount("24000", line(oct, "expenses.5401"), "cost of C1");
        assertAmount("10300", line(oct, "expenses.5602"), "2,000 + 8,000 + 300 + 300 − 300");
        assertAmount("34300", line(oct, "expenses"), "24,000 + 10,300");
        assertAmount("15700", line(oct, "netProfit"), "50,000 − 34,300");

        FinancialStatement nov = books.reports.incomeStatement(CO, NOV_1, NOV_30);
        assertAmount("29000", line(nov, "revenue"), "30,000 − 1,000 credit note");
        assertAmount("18000", line(nov, "expenses.5401"), "cost of C3");
        assertAmount("950", line(nov, "expenses.5602"), "depreciation");
        assertAmount("-120", line(nov, "expenses.5603"), "interest received is a credit on finance costs");
        assertAmount("18830", line(nov, "expenses"), "18,000 + 950 − 120");
        assertAmount("10170", line(nov, "netProfit"), "29,000 − 18,830");

        FinancialStatement both = books.reports.incomeStatement(CO, OCT_1, NOV_30);
        assertAmount("79000", line(both, "revenue"), "50,000 + 29,000");
        assertAmount("42000", line(both, "expenses.5401"), "24,000 + 18,000");
        assertAmount("11250", line(both, "expenses.5602"), "10,300 + 950");
        assertAmount("-120", line(both, "expenses.5603"), "interest");
        assertAmount("53130", line(both, "expenses"), "34,300 + 18,830");
        assertAmount("25870", line(both, "netProfit"), "15,700 + 10,170 = 79,000 − 53,130");
    }

    @Test
    void incomeStatementsInTheChinaLayout() {
        // key: October, November, both
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("revenue", new String[] {"50000", "29000", "79000"});
        expected.put("costOfSales", new String[] {"24000", "18000", "42000"});
        expected.put("taxesAndSurcharges", new String[] {"0", "0", "0"});
        expected.put("sellingExpenses", new String[] {"0", "0", "0"});
        expected.put("administrativeExpenses", new String[] {"10300", "950", "11250"});
        expected.put("financeCosts", new String[] {"0", "-120", "-120"});
        expected.put("investmentIncome", new String[] {"0", "0", "0"});
        // 50,000 − 24,000 − 10,300 = 15,700; 29,000 − 18,000 − 950 + 120 = 10,170; 79,000 − 42,000 − 11,250 + 120
        expected.put("operatingProfit", new String[] {"15700", "10170", "25870"});
        expected.put("nonOperatingIncome", new String[] {"0", "0", "0"});
        expected.put("nonOperatingExpenses", new String[] {"0", "0", "0"});
        expected.put("totalProfit", new String[] {"15700", "10170", "25870"});
        expected.put("incomeTax", new String[] {"0", "0", "0"});
        expected.put("netProfit", new String[] {"15700", "10170", "25870"});
        LocalDate[][] spans = {{OCT_1, OCT_31}, {NOV_1, NOV_30}, {OCT_1, NOV_30}};
        for (int i = 0; i < spans.length; i++) {
            FinancialStatement cn = books.reports.incomeStatement(CO, spans[i][0], spans[i][1], StatementLayout.CN);
            assertEquals(13, cn.lines().size());
            for (Map.Entry<String, String[]> e : expected.entrySet()) {
                assertAmount(e.getValue()[i], line(cn, e.getKey()), e.getKey() + " " + spans[i][0] + ".." + spans[i][1]);
            }
        }
    }

    // ------------------------------------------------------------------ balance sheet

    @Test
    void balanceSheetsAtTheEndOfOctoberAndNovember() {
        FinancialStatement oct = books.reports.balanceSheet(CO, OCT_31);
        assertAmount("386900", line(oct, "assets.1002"), "bank");
        assertAmount("10600", line(oct, "assets.1122"), "C2 unpaid");
        assertAmount("26000", line(oct, "assets.1405"), "50,000 − 24,000");
        assertAmount("120000", line(oct, "assets.1601"), "machine");
        assertAmount("543500", line(oct, "assets"), "386,900 + 10,600 + 26,000 + 120,000");
        assertAmount("28620", line(oct, "liabilities.2202"), "56,500 + 2,120 − 30,000");
        assertAmount("-820", line(oct, "liabilities.2221"), "output 5,800 − input 6,620: a VAT credit");
        assertAmount("27800", line(oct, "liabilities"), "28,620 − 820");
        assertTrue(oct.line("liabilities.2211").isEmpty(), "salaries accrued and paid");
        assertAmount("500000", line(oct, "equity.3001"), "capital");
        assertAmount("15700", line(oct, "equity.currentProfit"), "October's net profit");
        assertAmount("515700", line(oct, "equity"), "500,000 + 15,700");
        assertAmount("543500", line(oct, "liabilitiesAndEquity"), "27,800 + 515,700");

        FinancialStatement nov = books.reports.balanceSheet(CO, NOV_30);
        assertAmount("463400", line(nov, "assets.1002"), "386,900 + 76,500");
        assertAmount("38440", line(nov, "assets.1122"), "C2 4,540 + C3 33,900");
        assertAmount("28000", line(nov, "assets.1405"), "26,000 − 18,000 + 20,000");
        assertAmount("120000", line(nov, "assets.1601"), "machine");
        assertAmount("-950", line(nov, "assets.1602"), "accumulated depreciation");
        assertAmount("648890", line(nov, "assets"), "463,400 + 38,440 + 28,000 + 120,000 − 950");
        assertAmount("100000", line(nov, "liabilities.2001"), "loan");
        assertAmount("22600", line(nov, "liabilities.2202"), "S3 open");
        assertAmount("420", line(nov, "liabilities.2221"), "output 9,640 − input 9,220");
        assertAmount("123020", line(nov, "liabilities"), "100,000 + 22,600 + 420");
        assertAmount("25870", line(nov, "equity.currentProfit"), "15,700 + 10,170");
        assertAmount("525870", line(nov, "equity"), "500,000 + 25,870");
        assertAmount("648890", line(nov, "liabilitiesAndEquity"), "123,020 + 525,870");
    }

    @Test
    void balanceSheetsInTheChinaLayout() {
        // key: 10-31, 11-30
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("cash", new String[] {"386900", "463400"});
        expected.put("shortTermInvestments", new String[] {"0", "0"});
        expected.put("accountsReceivable", new String[] {"10600", "38440"});
        expected.put("prepayments", new String[] {"0", "0"});
        expected.put("otherReceivables", new String[] {"0", "0"});
        expected.put("inventories", new String[] {"26000", "28000"});
        expected.put("otherCurrentAssets", new String[] {"0", "0"});
        // 386,900 + 10,600 + 26,000; 463,400 + 38,440 + 28,000
        expected.put("currentAssets", new String[] {"423500", "529840"});
        expected.put("fixedAssetsCost", new String[] {"120000", "120000"});
        expected.put("accumulatedDepreciation", new String[] {"0", "950"});
        expected.put("fixedAssets", new String[] {"120000", "119050"});
        expected.put("nonCurrentAssets", new String[] {"120000", "119050"});
        expected.put("totalAssets", new String[] {"543500", "648890"});
        expected.put("shortTermBorrowings", new String[] {"0", "100000"});
        expected.put("accountsPayable", new String[] {"28620", "22600"});
        expected.put("employeeBenefitsPayable", new String[] {"0", "0"});
        // 5,800 − 6,620; 9,640 − 9,220
        expected.put("taxesPayable", new String[] {"-820", "420"});
        expected.put("otherCurrentLiabilities", new String[] {"0", "0"});
        expected.put("currentLiabilities", new String[] {"27800", "123020"});
        expected.put("nonCurrentLiabilities", new String[] {"0", "0"});
        expected.put("totalLiabilities", new String[] {"27800", "123020"});
        expected.put("paidInCapital", new String[] {"500000", "500000"});
        expected.put("capitalReserve", new String[] {"0", "0"});
        expected.put("surplusReserve", new String[] {"0", "0"});
        expected.put("retainedEarnings", new String[] {"15700", "25870"});
        expected.put("totalEquity", new String[] {"515700", "525870"});
        expected.put("totalLiabilitiesAndEquity", new String[] {"543500", "648890"});
        LocalDate[] days = {OCT_31, NOV_30};
        for (int i = 0; i < days.length; i++) {
            FinancialStatement cn = books.reports.balanceSheet(CO, days[i], StatementLayout.CN);
            for (Map.Entry<String, String[]> e : expected.entrySet()) {
                assertAmount(e.getValue()[i], line(cn, e.getKey()), e.getKey() + " at " + days[i]);
            }
            FinancialStatement byAccount = books.reports.balanceSheet(CO, days[i]);
            assertEquals(line(byAccount, "assets"), line(cn, "totalAssets"));
            assertEquals(line(byAccount, "liabilities"), line(cn, "totalLiabilities"));
            assertEquals(line(byAccount, "liabilitiesAndEquity"), line(cn, "totalLiabilitiesAndEquity"));
        }
    }

    // ------------------------------------------------------------------ cash flow

    @Test
    void cashFlowStatements() {
        CashFlowStatement oct = books.reports.cashFlow(CO, OCT_1, OCT_31);
        assertCashFlow(oct, Map.of(
                "operating.salesReceipts", "45200",      // receipt from X
                "operating.purchasePayments", "30000",   // payment to A
                "operating.payrollPayments", "8000",     // salaries
                "operating.otherPayments", "300",        // supplies 300 + 300 − 300 reversed
                "operating", "6900",                     // 45,200 − 30,000 − 8,000 − 300
                "investing.assetPurchases", "120000",    // machine
                "investing", "-120000",
                "financing.capitalReceived", "500000",
                "financing", "500000"));
        assertAmount("386900", oct.netIncrease(), "6,900 − 120,000 + 500,000");
        assertAmount("0", oct.openingCash(), "no cash before October");
        assertAmount("386900", oct.closingCash(), "0 + 386,900");

        CashFlowStatement nov = books.reports.cashFlow(CO, NOV_1, NOV_30);
        assertCashFlow(nov, Map.of(
                "operating.salesReceipts", "5000",       // receipt from Y
                "operating.otherReceipts", "120",        // bank interest
                "operating.purchasePayments", "28620",   // 26,500 + 2,120
                "operating", "-23500",                   // 5,000 + 120 − 28,620
                "investing", "0",
                "financing.borrowingsReceived", "100000",
                "financing", "100000"));
        assertAmount("76500", nov.netIncrease(), "−23,500 + 100,000");
        assertAmount("386900", nov.openingCash(), "October's closing cash");
        assertAmount("463400", nov.closingCash(), "386,900 + 76,500");

        CashFlowStatement both = books.reports.cashFlow(CO, OCT_1, NOV_30);
        Map<String, String> two = new HashMap<>();
        two.put("operating.salesReceipts", "50200");        // 45,200 + 5,000
        two.put("operating.otherReceipts", "120");
        two.put("operating.purchasePayments", "58620");     // 30,000 + 28,620
        two.put("operating.payrollPayments", "8000");
        two.put("operating.otherPayments", "300");
        two.put("operating", "-16600");                     // 6,900 − 23,500 = 50,320 − 66,920
        two.put("investing.assetPurchases", "120000");
        two.put("investing", "-120000");
        two.put("financing.capitalReceived", "500000");
        two.put("financing.borrowingsReceived", "100000");
        two.put("financing", "600000");
        assertCashFlow(both, two);
        assertAmount("463400", both.netIncrease(), "386,900 + 76,500 = −16,600 − 120,000 + 600,000");
        assertAmount("0", both.openingCash(), "no cash before October");
        assertAmount("463400", both.closingCash(), "0 + 463,400");
    }

    // ------------------------------------------------------------------ VAT

    @Test
    void vatSummaries() {
        VatSummary oct = vat.summary(CO, YearMonth.of(2026, 10));
        assertRates(oct.output(), "0.13:40000:5200", "0.06:10000:600");
        assertAmount("5800", oct.outputVat(), "5,200 + 600");
        assertRates(oct.input(), "0.13:50000:6500", "0.06:2000:120");
        assertAmount("6620", oct.inputVat(), "6,500 + 120");
        assertAmount("0", oct.carriedIn(), "the first month");
        assertAmount("0", oct.vatPayable(), "5,800 − 6,620 < 0");
        assertAmount("820", oct.carriedOut(), "6,620 − 5,800");
        assertAmount("5800", oct.ledgerOutputVat(), "22210103 credits");
        assertAmount("0", oct.otherOutputVat(), "no manual VAT");
        assertAmount("6620", oct.ledgerInputVat(), "22210101 debits");
        assertAmount("0", oct.otherInputVat(), "no manual VAT");

        VatSummary nov = vat.summary(CO, YearMonth.of(2026, 11));
        assertRates(nov.output(), "0.13:30000:3900", "0.06:-1000:-60");
        assertAmount("3840", nov.outputVat(), "3,900 − 60");
        assertRates(nov.input(), "0.13:20000:2600");
        assertAmount("2600", nov.inputVat(), "S3");
        assertAmount("820", nov.carriedIn(), "October's credit");
        assertAmount("420", nov.vatPayable(), "3,840 − 2,600 − 820");
        assertAmount("0", nov.carriedOut(), "all used");
        assertAmount("3840", nov.ledgerOutputVat(), "3,900 − 60");
        assertAmount("0", nov.otherOutputVat(), "no manual VAT");
        assertAmount("2600", nov.ledgerInputVat(), "S3");
        assertAmount("0", nov.otherInputVat(), "no manual VAT");
    }

    // ------------------------------------------------------------------ AR / AP

    @Test
    void agingAtTheEndOfNovember() {
        AgingReport ar = openItems.aging(CO, OpenItemKind.RECEIVABLE, NOV_30);
        assertEquals(List.of(X, Y), ar.parties().stream().map(PartyAging::partyId).toList());
        // X: C3 of 11-10, 30 days → due 12-10, not yet due
        OpenItem itemC3 = single(ar.parties().get(0));
        assertEquals(c3.id(), itemC3.invoiceId());
        assertEquals(LocalDate.of(2026, 12, 10), itemC3.dueDate());
        assertEquals(AgingBucket.CURRENT, itemC3.bucket());
        assertAmount("33900", itemC3.open(), "nothing received yet");
        // Y: C2 of 10-15, 30 days → due 11-14, 16 days overdue at 11-30
        OpenItem itemC2 = single(ar.parties().get(1));
        assertEquals(c2.id(), itemC2.invoiceId());
        assertEquals(LocalDate.of(2026, 11, 14), itemC2.dueDate());
        assertEquals(16, itemC2.daysOverdue());
        assertEquals(AgingBucket.DAYS_1_30, itemC2.bucket());
        assertAmount("4540", itemC2.open(), "10,600 − 1,060 − 5,000");
        assertAging(ar.totals(), "33900", "4540", "38440");

        AgingReport ap = openItems.aging(CO, OpenItemKind.PAYABLE, NOV_30);
        assertEquals(List.of(A), ap.parties().stream().map(PartyAging::partyId).toList(), "B is paid");
        // S3 of 11-20, 60 days → due 2027-01-19
        OpenItem itemS3 = single(ap.parties().get(0));
        assertEquals(s3.id(), itemS3.invoiceId());
        assertEquals(LocalDate.of(2027, 1, 19), itemS3.dueDate());
        assertEquals(AgingBucket.CURRENT, itemS3.bucket());
        assertAmount("22600", itemS3.open(), "S1 paid 30,000 + 26,500");
        assertAging(ap.totals(), "22600", "0", "22600");

        // at the end of October: C2 whole (due 11-14, current); S1 56,500 − 30,000, S2 unpaid (due in December)
        AgingReport arOct = openItems.aging(CO, OpenItemKind.RECEIVABLE, OCT_31);
        assertAging(arOct.totals(), "10600", "0", "10600");
        AgingReport apOct = openItems.aging(CO, OpenItemKind.PAYABLE, OCT_31);
        assertAging(apOct.totals(), "28620", "0", "28620");
    }

    @Test
    void exposureOfCustomerX() {
        // exposure counts every posted invoice, whatever the clock says; only "overdue" depends on today
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        CustomerExposure x = openItems.exposure(CO, X);
        assertAmount("33900", x.openReceivables(), "C1 45,200 received; C3 33,900 open");
        assertEquals(1, x.openInvoices());
        assertEquals(LocalDate.of(2026, 12, 10), x.oldestDueDate());
        // C3 falls due 12-10: overdue only after that day
        assertAmount(today.isAfter(LocalDate.of(2026, 12, 10)) ? "33900" : "0", x.overdue(), "C3 once past due");
        CustomerExposure y = openItems.exposure(CO, Y);
        assertAmount("4540", y.openReceivables(), "10,600 − 1,060 − 5,000");
        assertAmount(today.isAfter(LocalDate.of(2026, 11, 14)) ? "4540" : "0", y.overdue(), "C2 fell due 11-14");
        CustomerExposure supplier = openItems.exposure(CO, A);
        assertAmount("0", supplier.openReceivables(), "a supplier owes nothing");
        assertNull(supplier.oldestDueDate());
    }

    // ------------------------------------------------------------------ the reports agree

    @Test
    void theReportsAgreeWithEachOther() {
        for (LocalDate[] span : new LocalDate[][] {{OCT_1, OCT_31}, {OCT_1, NOV_30}}) {
            // nothing before October, so the profit in the balance sheet is the income statement's since 10-01
            BigDecimal netProfit = line(books.reports.incomeStatement(CO, span[0], span[1]), "netProfit");
            assertEquals(netProfit, line(books.reports.balanceSheet(CO, span[1]), "equity.currentProfit"));
            assertEquals(netProfit, line(books.reports.balanceSheet(CO, span[1], StatementLayout.CN), "retainedEarnings"));
            assertEquals(netProfit, line(books.reports.incomeStatement(CO, span[0], span[1], StatementLayout.CN),
                    "netProfit"));
        }
        BigDecimal octProfit = line(books.reports.incomeStatement(CO, OCT_1, OCT_31), "netProfit");
        BigDecimal novProfit = line(books.reports.incomeStatement(CO, NOV_1, NOV_30), "netProfit");
        assertEquals(line(books.reports.incomeStatement(CO, OCT_1, NOV_30), "netProfit"), octProfit.add(novProfit));

        for (LocalDate[] span : new LocalDate[][] {{OCT_1, OCT_31}, {NOV_1, NOV_30}, {OCT_1, NOV_30}}) {
            CashFlowStatement cf = books.reports.cashFlow(CO, span[0], span[1]);
            TrialBalance tb = books.reports.trialBalance(CO, span[0], span[1]);
            assertEquals(closingDebit(tb, "1001").add(closingDebit(tb, "1002")), cf.closingCash().amount());
            assertEquals(openingDebit(tb, "1001").add(openingDebit(tb, "1002")), cf.openingCash().amount());
            assertEquals(cf.closingCash().amount().subtract(cf.openingCash().amount()), cf.netIncrease().amount());
            assertEquals(line(cf, "operating").add(line(cf, "investing")).add(line(cf, "financing")),
                    cf.netIncrease().amount());
        }

        for (LocalDate day : new LocalDate[] {OCT_31, NOV_30}) {
            TrialBalance tb = books.reports.trialBalance(CO, OCT_1, day);
            AgingReport ar = openItems.aging(CO, OpenItemKind.RECEIVABLE, day);
            AgingReport ap = openItems.aging(CO, OpenItemKind.PAYABLE, day);
            assertEquals(tbLine(tb, "1122").closingDebit().amount().subtract(tbLine(tb, "1122").closingCredit().amount()),
                    ar.totals().total().amount(), "AR open items = 1122 at " + day);
            assertEquals(tbLine(tb, "2202").closingCredit().amount().subtract(tbLine(tb, "2202").closingDebit().amount()),
                    ap.totals().total().amount(), "AP open items = 2202 at " + day);
        }
        // the VAT summary's payable is the closing balance of 2221 at 11-30: 9,640 − 9,220 = 420
        TrialBalance tb = books.reports.trialBalance(CO, OCT_1, NOV_30);
        assertEquals(tbLine(tb, "2221").closingCredit().amount(), vat.summary(CO, YearMonth.of(2026, 11)).vatPayable()
                .amount());
    }

    // ------------------------------------------------------------------ helpers

    /** A manual voucher of {@code ACCOUNT:DEBIT:CREDIT} lines, drafted and posted in one call. */
    private VoucherDto manual(String date, String description, String... lines) {
        return books.vouchers.record(input(date, description, lines));
    }

    private static VoucherInput input(String date, String description, String... lines) {
        List<VoucherLineInput> in = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split(":");
            in.add(new VoucherLineInput(p[0], d(p[1]), d(p[2]), null, null, null, null, null));
        }
        return new VoucherInput(CO, LocalDate.parse(date), description, in, null, null);
    }

    private static InvoiceLineInput line(String description, String net, String rate, String account) {
        return new InvoiceLineInput(description, BigDecimal.ONE, d(net), d(rate), account, null, null, null);
    }

    private static InvoiceInput sale(long party, String date, InvoiceLineInput... lines) {
        return new InvoiceInput(CO, InvoiceKind.SALES, party, LocalDate.parse(date), null, null, null, null,
                List.of(lines));
    }

    private static InvoiceInput purchase(long party, String date, String externalNumber, InvoiceLineInput... lines) {
        return new InvoiceInput(CO, InvoiceKind.PURCHASE, party, LocalDate.parse(date), null, null, externalNumber,
                null, List.of(lines));
    }

    private InvoiceDto post(InvoiceInput input) {
        return invoices.post(invoices.draft(input).id());
    }

    private static PaymentInput payment(PaymentKind kind, long party, String date, String amount,
                                        AllocationInput... allocations) {
        return new PaymentInput(CO, kind, party, LocalDate.parse(date), d(amount), null, "BANK-REF",
                List.of(allocations));
    }

    private static AllocationInput allocate(InvoiceDto invoice, String amount) {
        return new AllocationInput(invoice.id(), d(amount));
    }

    private void approvedAndPosted(PaymentInput input) {
        PaymentDto draft = payments.create(input);
        assertEquals(PaymentStatus.DRAFT, draft.status());
        payments.approve(draft.id());
        assertEquals(PaymentStatus.POSTED, payments.post(draft.id()).status());
    }

    private int count(String tableAndCondition) {
        return books.sql.one("SELECT COUNT(*) FROM " + tableAndCondition, rs -> rs.getInt(1)).orElseThrow();
    }

    private int postedVouchers() {
        return books.sql.one("SELECT COUNT(*) FROM fin_voucher WHERE status = 'POSTED'", rs -> rs.getInt(1))
                .orElseThrow();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** {@code expected} to the fen: the same value at scale 2. */
    private static void assertAmount(String expected, BigDecimal actual, String how) {
        assertEquals(new BigDecimal(expected).setScale(2), actual, how);
    }

    private static void assertAmount(String expected, Money actual, String how) {
        assertAmount(expected, actual.amount(), how);
    }

    /** Movement debit, movement credit, closing debit, closing credit. */
    private static String[] row(String debit, String credit, String closingDebit, String closingCredit) {
        return new String[] {debit, credit, closingDebit, closingCredit};
    }

    private static TrialBalanceLine tbLine(TrialBalance tb, String code) {
        return tb.lines().stream().filter(l -> l.accountCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no trial balance line " + code));
    }

    private static BigDecimal closingDebit(TrialBalance tb, String code) {
        return tb.lines().stream().filter(l -> l.accountCode().equals(code)).findFirst()
                .map(l -> l.closingDebit().amount().subtract(l.closingCredit().amount()))
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    private static BigDecimal openingDebit(TrialBalance tb, String code) {
        return tb.lines().stream().filter(l -> l.accountCode().equals(code)).findFirst()
                .map(l -> l.openingDebit().amount().subtract(l.openingCredit().amount()))
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    private static BigDecimal line(FinancialStatement s, String key) {
        return s.line(key).orElseThrow(() -> new AssertionError("no line " + key)).amount().amount();
    }

    private static BigDecimal line(CashFlowStatement s, String key) {
        return s.line(key).orElseThrow(() -> new AssertionError("no line " + key)).amount().amount();
    }

    /** Every item and section of the statement: those not named are zero. */
    private static void assertCashFlow(CashFlowStatement cf, Map<String, String> nonZero) {
        int checked = 0;
        for (var l : cf.lines()) {
            if (l.level() == 0) {
                continue;
            }
            assertAmount(nonZero.getOrDefault(l.key(), "0"), l.amount(), l.key() + " " + cf.from() + ".." + cf.to());
            checked++;
        }
        assertEquals(19, checked, "3 sections and 16 items");
        for (String key : nonZero.keySet()) {
            assertTrue(cf.line(key).isPresent(), key);
        }
    }

    /** {@code rate:net:tax} per line, highest rate first. */
    private static void assertRates(List<VatRateLine> lines, String... expected) {
        assertEquals(expected.length, lines.size(), lines.toString());
        for (int i = 0; i < expected.length; i++) {
            String[] e = expected[i].split(":");
            assertEquals(0, d(e[0]).compareTo(lines.get(i).rate()), "rate " + lines.get(i).rate());
            assertAmount(e[1], lines.get(i).net(), "net at " + e[0]);
            assertAmount(e[2], lines.get(i).tax(), "tax at " + e[0]);
        }
    }

    private static OpenItem single(PartyAging party) {
        assertEquals(1, party.items().size(), party.items().toString());
        return party.items().get(0);
    }

    /** Current, 1–30 days and the total; the older buckets are empty. */
    private static void assertAging(AgingAmounts a, String current, String days1To30, String total) {
        assertAmount(current, a.current(), "current");
        assertAmount(days1To30, a.days1To30(), "1–30 days");
        assertAmount("0", a.days31To60(), "31–60 days");
        assertAmount("0", a.days61To90(), "61–90 days");
        assertAmount("0", a.over90(), "over 90 days");
        assertAmount(total, a.total(), "total");
    }
}
