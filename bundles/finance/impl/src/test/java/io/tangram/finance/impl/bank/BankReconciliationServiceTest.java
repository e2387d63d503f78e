package io.tangram.finance.impl.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.bank.BankAccountDto;
import io.tangram.finance.api.bank.BankAccountInput;
import io.tangram.finance.api.bank.BankReconciliationReport;
import io.tangram.finance.api.bank.BankStatementDto;
import io.tangram.finance.api.bank.BankStatementLineDto;
import io.tangram.finance.api.bank.BankVoucherInput;
import io.tangram.finance.api.bank.MatchStatus;
import io.tangram.finance.api.bank.MatchSuggestion;
import io.tangram.finance.api.bank.ReconcilingItem;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;

/**
 * A month of a company's bank account on in-memory Derby: receipts and payments posted, the bank's
 * statement imported twice, lines matched, bank charges and interest posted from the statement, and
 * the reconciliation statement balanced; every refusal leaves the data as it was.
 */
class BankReconciliationServiceTest {
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    private static final String STATEMENT = """
            date,amount,reference,counterparty,description,balance
            2026-11-01,100000.00,TR100,股东,投资款,100000.00
            2026-11-04,12000.00,INV-0042,华北商贸,货款,112000.00
            2026-11-06,-3000.00,TR200,供应商甲,货款,109000.00
            2026-11-30,-25.00,,,手续费,108975.00
            2026-11-30,3.20,,,利息,108978.20
            """;

    private FinanceBooks books;
    private BankAccountService accounts;
    private BankStatementService statements;
    private BankReconciliationService reconciliation;
    private BankAccountDto icbc;

    static BankReconciliationService.Config days(int days) {
        return new BankReconciliationService.Config() {
            @Override
            public int suggestionDays() {
                return days;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return BankReconciliationService.Config.class;
            }
        };
    }

    @BeforeEach
    void books() {
        books = new FinanceBooks();
        accounts = new BankAccountService(null, books.dataSource, books.tx, books.audit, books.companies);
        statements = new BankStatementService(null, books.dataSource, books.tx, books.audit, books.events);
        reconciliation = new BankReconciliationService(null, books.dataSource, books.tx, books.audit, books.events,
                books.vouchers, days(7));
        icbc = accounts.create(new BankAccountInput(null, "ICBC", "基本户", "工商银行", "0200001234", null, "1002", null,
                null));
    }

    private VoucherDto post(String date, String description, String debit, String credit, String amount) {
        BigDecimal a = new BigDecimal(amount);
        return books.vouchers.record(new VoucherInput(FinanceBooks.COMPANY, LocalDate.parse(date), description, List.of(
                new VoucherLineInput(debit, a, null, null, null, null, null, null),
                new VoucherLineInput(credit, null, a, null, null, null, null, null)), null, null));
    }

    private long lineOn(VoucherDto voucher, String accountCode) {
        return books.sql.one("SELECT l.id FROM fin_voucher_line l JOIN fin_account a ON a.id = l.account_id"
                + " WHERE l.voucher_id = ? AND a.code = ?", rs -> rs.getLong(1), voucher.id(), accountCode).orElseThrow();
    }

    private long count(String table) {
        return books.sql.one("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow();
    }

    private List<BankStatementLineDto> lines() {
        return statements.lines(icbc.id(), null);
    }

    @Test
    void importsOnceAndCountsKnownLinesOnReimport() {
        BankStatementDto first = statements.importCsv(icbc.id(), STATEMENT, "icbc-2026-11.csv");
        assertEquals(5, first.rows());
        assertEquals(5, first.newLines());
        assertEquals(0, first.knownLines());
        assertEquals(LocalDate.of(2026, 11, 1), first.firstDate());
        assertEquals(NOV_30, first.lastDate());
        BankStatementDto again = statements.importCsv(icbc.id(), STATEMENT, "icbc-2026-11.csv");
        assertEquals(0, again.newLines());
        assertEquals(5, again.knownLines());
        BankStatementDto overlap = statements.importCsv(icbc.id(), """
                date,amount,reference,counterparty,description,balance
                2026-12-01,-100.00,TR300,电力公司,电费,108878.20
                2026-11-30,3.20,,,利息,108978.20
                2026-11-30,-25.00,,,手续费,108975.00
                """, null);
        assertEquals(1, overlap.newLines());
        assertEquals(2, overlap.knownLines());
        assertEquals(6, lines().size());
        assertEquals(List.of(overlap.id(), again.id(), first.id()),
                statements.list(icbc.id()).stream().map(BankStatementDto::id).toList());
        BankStatementLineDto fees = lines().get(3);
        assertEquals("-25.00 CNY", fees.amount().toString());
        assertEquals(MatchStatus.UNMATCHED, fees.status());
        assertTrue(books.audited.contains("import bank-statement " + first.id()));
        assertTrue(books.published.stream().anyMatch(p -> p.startsWith("tangram/finance/BankStatementImported")));
    }

    @Test
    void aBadRowRefusesTheWholeFileAndADeactivatedAccountRefusesImports() {
        ValidationException e = assertThrows(ValidationException.class, () -> statements.importCsv(icbc.id(),
                STATEMENT + "2026-11-31,5,,,,\n", null));
        assertEquals(List.of("rows[6].date"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, count("fin_bank_statement"));
        assertEquals(0, count("fin_bank_statement_line"));
        accounts.deactivate(icbc.id());
        assertThrows(ConflictException.class, () -> statements.importCsv(icbc.id(), STATEMENT, null));
        assertEquals(0, count("fin_bank_statement"));
    }

    @Test
    void linesBeforeTheReconciliationStartAreRefused() {
        accounts.update(icbc.id(), new BankAccountInput(null, null, null, null, null, null, null,
                LocalDate.of(2026, 11, 2), new BigDecimal("100000")));
        ValidationException e = assertThrows(ValidationException.class, () -> statements.importCsv(icbc.id(), STATEMENT,
                null));
        assertEquals(List.of("rows[1].date"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, count("fin_bank_statement_line"));
    }

    @Test
    void suggestsSameAmountNearbyUnmatchedUnreversedLinesBestFirst() {
        VoucherDto receipt = post("2026-11-03", "收 华北商贸 货款 INV-0042", "1002", "1122", "12000");
        VoucherDto other = post("2026-11-10", "收 丙公司 货款", "1002", "1122", "12000");
        post("2026-11-20", "收 丁公司 货款", "1002", "1122", "12000");
        post("2026-11-04", "收 戊公司", "1002", "1122", "1200");
        VoucherDto wrong = post("2026-11-04", "错误录入", "1002", "1122", "12000");
        books.vouchers.reverse(wrong.id(), null, "录错了");
        statements.importCsv(icbc.id(), STATEMENT, null);
        BankStatementLineDto line = lines().get(1);

        List<MatchSuggestion> suggestions = reconciliation.suggestions(line.id(), null);
        assertEquals(List.of(lineOn(receipt, "1002"), lineOn(other, "1002")),
                suggestions.stream().map(MatchSuggestion::voucherLineId).toList());
        MatchSuggestion best = suggestions.get(0);
        assertTrue(best.referenceFound());
        assertTrue(best.counterpartyFound());
        assertEquals(1, best.daysApart());
        assertEquals("12000.00 CNY", best.amount().toString());
        assertEquals(receipt.number(), best.voucherNumber());
        assertEquals(1, reconciliation.suggestions(line.id(), 1).size());
        assertEquals(3, reconciliation.suggestions(line.id(), 30).size());
        assertThrows(ValidationException.class, () -> reconciliation.suggestions(line.id(), -1));

        BankStatementLineDto payment = lines().get(2);
        VoucherDto paid = post("2026-11-05", "付 供应商甲 货款", "2202", "1002", "3000");
        assertEquals(List.of(lineOn(paid, "1002")), reconciliation.suggestions(payment.id(), null).stream()
                .map(MatchSuggestion::voucherLineId).toList());
        assertEquals("-3000.00 CNY", reconciliation.suggestions(payment.id(), null).get(0).amount().toString());

        reconciliation.match(line.id(), List.of(lineOn(receipt, "1002")));
        assertTrue(reconciliation.suggestions(line.id(), null).isEmpty());
    }

    @Test
    void matchesOneStatementLineToSeveralLedgerLinesOnceAndUndoes() {
        VoucherDto part1 = post("2026-11-03", "收 华北商贸 第一笔", "1002", "1122", "7000");
        VoucherDto part2 = post("2026-11-04", "收 华北商贸 第二笔", "1002", "1122", "5000");
        statements.importCsv(icbc.id(), STATEMENT, null);
        BankStatementLineDto line = lines().get(1);
        BankStatementLineDto matched = reconciliation.match(line.id(), List.of(lineOn(part1, "1002"),
                lineOn(part2, "1002")));
        assertEquals(MatchStatus.MATCHED, matched.status());
        assertEquals(List.of(lineOn(part1, "1002"), lineOn(part2, "1002")), matched.voucherLineIds());
        assertNull(matched.voucherId());
        assertEquals(1, statements.lines(icbc.id(), MatchStatus.MATCHED).size());
        assertEquals(4, statements.lines(icbc.id(), MatchStatus.UNMATCHED).size());
        assertTrue(books.audited.contains("match bank-statement-line " + line.id()));

        BankStatementLineDto undone = reconciliation.unmatch(line.id());
        assertEquals(MatchStatus.UNMATCHED, undone.status());
        assertTrue(undone.voucherLineIds().isEmpty());
        assertEquals(0, count("fin_bank_match_entry"));
        assertThrows(ConflictException.class, () -> reconciliation.unmatch(line.id()));
    }

    @Test
    void refusalsOfAMatchChangeNothing() {
        VoucherDto receipt = post("2026-11-03", "收 华北商贸", "1002", "1122", "12000");
        VoucherDto small = post("2026-11-03", "收 华北商贸 部分", "1002", "1122", "11000");
        VoucherDto wrong = post("2026-11-04", "错误录入", "1002", "1122", "12000");
        VoucherDto reversal = books.vouchers.reverse(wrong.id(), null, "录错了");
        VoucherDto draft = books.vouchers.draft(new VoucherInput(FinanceBooks.COMPANY, LocalDate.of(2026, 11, 4), "草稿",
                List.of(new VoucherLineInput("1002", new BigDecimal("12000"), null, null, null, null, null, null),
                        new VoucherLineInput("1122", null, new BigDecimal("12000"), null, null, null, null, null)),
                null, null));
        statements.importCsv(icbc.id(), STATEMENT, null);
        long line = lines().get(1).id();
        long other = lines().get(0).id();
        reconciliation.match(line, List.of(lineOn(receipt, "1002")));
        int audits = books.audited.size();

        ConflictException twice = assertThrows(ConflictException.class,
                () -> reconciliation.match(line, List.of(lineOn(small, "1002"))));
        assertTrue(twice.text().en().contains("already matched"), twice.text().en());
        ConflictException taken = assertThrows(ConflictException.class,
                () -> reconciliation.match(other, List.of(lineOn(receipt, "1002"))));
        assertTrue(taken.text().toString().contains("already matched to statement line " + line), taken.text().toString());
        ConflictException difference = assertThrows(ConflictException.class,
                () -> reconciliation.match(other, List.of(lineOn(small, "1002"))));
        assertEquals("The ledger lines come to 11000.00 CNY, the statement line to 100000.00 CNY: a difference of"
                + " 89000.00 CNY", difference.text().toString());
        assertThrows(ConflictException.class, () -> reconciliation.match(other, List.of(lineOn(wrong, "1002"))));
        assertThrows(ConflictException.class, () -> reconciliation.match(other, List.of(lineOn(reversal, "1002"))));
        ValidationException invalid = assertThrows(ValidationException.class, () -> reconciliation.match(other,
                List.of(lineOn(small, "1122"), lineOn(draft, "1002"), 999_999L)));
        assertEquals(List.of("voucherLineIds[0]", "voucherLineIds[1]", "voucherLineIds[2]"),
                invalid.errors().stream().map(FieldError::field).toList());
        assertThrows(ValidationException.class, () -> reconciliation.match(other, List.of()));
        assertThrows(ValidationException.class, () -> reconciliation.match(other, List.of(lineOn(small, "1002"),
                lineOn(small, "1002"))));

        assertEquals(1, count("fin_bank_match"));
        assertEquals(1, count("fin_bank_match_entry"));
        assertEquals(audits, books.audited.size());
    }

    @Test
    void postsAndMatchesVouchersForBankChargesAndInterest() {
        statements.importCsv(icbc.id(), STATEMENT, null);
        BankStatementLineDto fees = lines().get(3);
        BankStatementLineDto interest = lines().get(4);

        BankStatementLineDto charged = reconciliation.postVoucher(fees.id(), new BankVoucherInput("5603", null));
        assertEquals(MatchStatus.MATCHED, charged.status());
        VoucherDto voucher = books.vouchers.get(charged.voucherId());
        assertEquals(NOV_30, voucher.date());
        assertEquals("BANK", voucher.sourceType());
        assertEquals(String.valueOf(fees.id()), voucher.sourceRef());
        assertEquals("5603", voucher.lines().get(0).accountCode());
        assertEquals("25.00 CNY", voucher.lines().get(0).debit().toString());
        assertEquals("1002", voucher.lines().get(1).accountCode());
        assertEquals("25.00 CNY", voucher.lines().get(1).credit().toString());
        assertEquals(List.of(lineOn(voucher, "1002")), charged.voucherLineIds());

        BankStatementLineDto earned = reconciliation.postVoucher(interest.id(), new BankVoucherInput("5603", "11月利息"));
        VoucherDto interestVoucher = books.vouchers.get(earned.voucherId());
        assertEquals("11月利息", interestVoucher.description());
        assertEquals("1002", interestVoucher.lines().get(0).accountCode());
        assertEquals("3.20 CNY", interestVoucher.lines().get(0).debit().toString());

        long vouchersBefore = count("fin_voucher");
        assertThrows(ConflictException.class, () -> reconciliation.postVoucher(fees.id(), new BankVoucherInput("5603", null)));
        reconciliation.unmatch(fees.id());
        ConflictException posted = assertThrows(ConflictException.class,
                () -> reconciliation.postVoucher(fees.id(), new BankVoucherInput("5603", null)));
        assertTrue(posted.text().toString().contains("BANK:" + fees.id()), posted.text().toString());
        BankStatementLineDto fresh = lines().get(1);
        ValidationException self = assertThrows(ValidationException.class,
                () -> reconciliation.postVoucher(fresh.id(), new BankVoucherInput("1002", null)));
        assertEquals("accountCode", self.errors().get(0).field());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> reconciliation.postVoucher(fresh.id(), new BankVoucherInput("9999", null)));
        assertEquals("accountCode", unknown.errors().get(0).field());
        assertThrows(ValidationException.class, () -> reconciliation.postVoucher(fresh.id(), new BankVoucherInput(" ", null)));
        assertEquals(vouchersBefore, count("fin_voucher"));
        assertEquals(MatchStatus.MATCHED, reconciliation.match(fees.id(), List.of(lineOn(voucher, "1002"))).status());
    }

    @Test
    void theReconciliationStatementBalances() {
        VoucherDto capital = post("2026-11-01", "股东投资款", "1002", "3001", "100000");
        VoucherDto receipt = post("2026-11-03", "收 华北商贸 货款 INV-0042", "1002", "1122", "12000");
        VoucherDto payment = post("2026-11-05", "付 供应商甲 货款", "2202", "1002", "3000");
        VoucherDto notYetIn = post("2026-11-28", "收 乙公司 支票", "1002", "1122", "800");
        VoucherDto notYetOut = post("2026-11-29", "付 丙公司 支票", "2202", "1002", "500");
        VoucherDto wrong = post("2026-11-04", "错误录入", "1002", "1122", "12000");
        books.vouchers.reverse(wrong.id(), null, "录错了");
        post("2026-12-02", "十二月收款", "1002", "1122", "999");
        statements.importCsv(icbc.id(), STATEMENT, null);
        List<BankStatementLineDto> lines = lines();

        BankReconciliationReport before = reconciliation.report(icbc.id(), NOV_30);
        assertEquals("109300.00 CNY", before.bookBalance().toString());
        assertEquals("108978.20 CNY", before.bankBalance().toString());
        assertEquals(NOV_30, before.bankBalanceDate());
        assertEquals(3, before.bookReceived().size(), "the wrong entry and its reversal cancel out");
        assertEquals(5, before.bankReceived().size() + before.bankPaid().size());
        assertTrue(before.reconciled());

        reconciliation.match(lines.get(0).id(), List.of(lineOn(capital, "1002")));
        reconciliation.match(lines.get(1).id(), List.of(lineOn(receipt, "1002")));
        reconciliation.match(lines.get(2).id(), List.of(lineOn(payment, "1002")));
        reconciliation.postVoucher(lines.get(3).id(), new BankVoucherInput("5603", null));
        reconciliation.postVoucher(lines.get(4).id(), new BankVoucherInput("5603", null));

        BankReconciliationReport r = reconciliation.report(icbc.id(), NOV_30);
        assertEquals("109278.20 CNY", r.bookBalance().toString());
        assertEquals("108978.20 CNY", r.bankBalance().toString());
        assertEquals(List.of(lineOn(notYetIn, "1002")), r.bookReceived().stream().map(ReconcilingItem::voucherLineId).toList());
        assertEquals("800.00 CNY", r.bookReceivedTotal().toString());
        assertEquals(notYetIn.number(), r.bookReceived().get(0).reference());
        assertEquals(List.of(lineOn(notYetOut, "1002")), r.bookPaid().stream().map(ReconcilingItem::voucherLineId).toList());
        assertEquals("500.00 CNY", r.bookPaidTotal().toString());
        assertTrue(r.bankReceived().isEmpty());
        assertTrue(r.bankPaid().isEmpty());
        assertEquals("109278.20 CNY", r.adjustedBookBalance().toString());
        assertEquals("109278.20 CNY", r.adjustedBankBalance().toString());
        assertTrue(r.reconciled());

        BankReconciliationReport early = reconciliation.report(icbc.id(), LocalDate.of(2026, 11, 5));
        assertEquals("109000.00 CNY", early.bookBalance().toString());
        assertEquals("112000.00 CNY", early.bankBalance().toString());
        assertEquals(List.of(lineOn(payment, "1002")), early.bookPaid().stream().map(ReconcilingItem::voucherLineId).toList(),
                "paid on the 5th, through the bank on the 6th");
        assertTrue(early.bankPaid().isEmpty());
        assertEquals("109000.00 CNY", early.adjustedBankBalance().toString());
        assertEquals("109000.00 CNY", early.adjustedBookBalance().toString());
        assertTrue(early.reconciled());

        reconciliation.unmatch(lines.get(2).id());
        BankReconciliationReport unmatched = reconciliation.report(icbc.id(), NOV_30);
        assertEquals("3000.00 CNY", unmatched.bankPaidTotal().toString());
        assertEquals("3500.00 CNY", unmatched.bookPaidTotal().toString());
        assertTrue(unmatched.reconciled());
    }

    @Test
    void withoutStatedBalancesTheBankBalanceIsTheOpeningPlusTheLines() {
        BankAccountDto cmb = accounts.create(new BankAccountInput(null, "CMB", "一般户", "招商银行", "6225", null, "1012",
                null, new BigDecimal("500")));
        post("2026-11-02", "转入招行", "1012", "1002", "1000");
        statements.importCsv(cmb.id(), "date,in,out,description\n2026-11-02,1000,,转入\n2026-11-03,,20,手续费\n", null);
        BankReconciliationReport r = reconciliation.report(cmb.id(), NOV_30);
        assertNull(r.bankBalanceDate());
        assertEquals("1480.00 CNY", r.bankBalance().toString());
        assertEquals("1000.00 CNY", r.bookBalance().toString());
        assertEquals("1000.00 CNY", r.bankReceivedTotal().toString());
        assertEquals("1000.00 CNY", r.bookReceivedTotal().toString());
        assertEquals("20.00 CNY", r.bankPaidTotal().toString());
        assertFalse(r.reconciled(), "the opening balance of 500 is not in the books");

        accounts.update(cmb.id(), new BankAccountInput(null, null, null, null, null, null, null, null, BigDecimal.ZERO));
        assertTrue(reconciliation.report(cmb.id(), NOV_30).reconciled());
    }
}
