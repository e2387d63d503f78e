package io.tangram.finance.impl.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.AccountInput;
import io.tangram.finance.api.bank.BankAccountDto;
import io.tangram.finance.api.bank.BankAccountInput;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;

/** Bank accounts on the China chart in an in-memory Derby. */
class BankAccountServiceTest {
    private FinanceBooks books;
    private BankAccountService accounts;

    @BeforeEach
    void books() {
        books = new FinanceBooks();
        accounts = new BankAccountService(null, books.dataSource, books.tx, books.audit, books.companies);
    }

    private static BankAccountInput icbc(String glAccountCode) {
        return new BankAccountInput(null, "ICBC", "基本户", "工商银行北京分行", "0200 0012 3456 789", null, glAccountCode,
                LocalDate.of(2026, 11, 1), new BigDecimal("1000.5"));
    }

    @Test
    void createsOnBankDepositsInTheCompanyCurrencyAndAudits() {
        BankAccountDto a = accounts.create(icbc("1002"));
        assertEquals("ICBC", a.code());
        assertEquals("1002", a.glAccountCode());
        assertEquals("银行存款", a.glAccountName());
        assertEquals("CNY", a.currency());
        assertEquals("1000.50 CNY", a.openingBalance().toString());
        assertTrue(a.active());
        assertEquals(a, accounts.getByCode(FinanceBooks.COMPANY, "ICBC"));
        assertEquals(List.of(a), accounts.list(FinanceBooks.COMPANY, false));
        assertTrue(books.audited.contains("create bank-account " + a.id()));
    }

    @Test
    void refusesBadFieldsNamingEachAndWritesNothing() {
        int audits = books.audited.size();
        ValidationException e = assertThrows(ValidationException.class, () -> accounts.create(new BankAccountInput(
                null, "bad code", " ", null, "123", "USD", "5603", null, new BigDecimal("1.234"))));
        assertEquals(List.of("code", "name", "bankName", "currency", "openingBalance", "glAccountCode"),
                e.errors().stream().map(FieldError::field).toList());
        assertTrue(accounts.list(FinanceBooks.COMPANY, true).isEmpty());
        assertEquals(audits, books.audited.size());
    }

    @Test
    void refusesSummaryUnknownAndInactiveLedgerAccounts() {
        books.chart.create(new AccountInput(FinanceBooks.COMPANY, "100201", "工行基本户", null, "1002", null, null));
        for (String code : List.of("1002", "9999")) {
            ValidationException e = assertThrows(ValidationException.class, () -> accounts.create(icbc(code)));
            assertEquals("glAccountCode", e.errors().get(0).field());
        }
        BankAccountDto sub = accounts.create(icbc("100201"));
        assertEquals("100201", sub.glAccountCode());
    }

    @Test
    void oneActiveBankAccountPerLedgerAccountAndUniqueCodes() {
        BankAccountDto first = accounts.create(icbc("1002"));
        assertThrows(ConflictException.class, () -> accounts.create(icbc("1012")));
        ConflictException sameLedger = assertThrows(ConflictException.class, () -> accounts.create(new BankAccountInput(
                null, "CMB", "一般户", "招商银行", "6225", null, "1002", null, null)));
        assertTrue(sameLedger.text().en().contains("already carries"), sameLedger.text().en());
        accounts.deactivate(first.id());
        BankAccountDto cmb = accounts.create(new BankAccountInput(null, "CMB", "一般户", "招商银行", "6225", null, "1002",
                null, null));
        assertEquals("0.00 CNY", cmb.openingBalance().toString());
        assertEquals(1, accounts.list(FinanceBooks.COMPANY, false).size());
        assertEquals(2, accounts.list(FinanceBooks.COMPANY, true).size());
    }

    @Test
    void changesNamesAndLedgerAccountButNeverTheCode() {
        BankAccountDto a = accounts.create(icbc("1002"));
        BankAccountDto changed = accounts.update(a.id(), new BankAccountInput(null, null, "基本存款账户", null, null, null,
                "1012", null, null));
        assertEquals("基本存款账户", changed.name());
        assertEquals("工商银行北京分行", changed.bankName());
        assertEquals("1012", changed.glAccountCode());
        assertEquals(a.openingBalance(), changed.openingBalance());
        ValidationException e = assertThrows(ValidationException.class, () -> accounts.update(a.id(),
                new BankAccountInput(null, "OTHER", null, null, null, null, null, null, null)));
        assertEquals("code", e.errors().get(0).field());
        assertTrue(books.audited.contains("update bank-account " + a.id()));
    }

    @Test
    void deactivatesOnce() {
        BankAccountDto a = accounts.create(icbc("1002"));
        assertFalse(accounts.deactivate(a.id()).active());
        assertFalse(accounts.deactivate(a.id()).active());
        assertEquals(1, books.audited.stream().filter(s -> s.startsWith("deactivate bank-account")).count());
    }
}
