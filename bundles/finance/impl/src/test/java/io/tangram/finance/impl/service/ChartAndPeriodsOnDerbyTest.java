package io.tangram.finance.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.AccountDto;
import io.tangram.finance.api.AccountInput;
import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.ChartTemplate;
import io.tangram.finance.api.FinanceTopics;
import io.tangram.finance.api.FiscalPeriodDto;
import io.tangram.finance.api.NormalBalance;
import io.tangram.finance.api.PeriodStatus;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/** The chart and period services against the V1 schema on embedded Derby (auto-commit, no real transactions). */
class ChartAndPeriodsOnDerbyTest {
    private static int databases;

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private EmbeddedDataSource dataSource;
    private ChartOfAccountsService chart;
    private FiscalPeriodService periods;
    private final List<String> audited = new ArrayList<>();
    private final List<String> published = new ArrayList<>();

    @BeforeEach
    void schema() throws Exception {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:fin" + (++databases) + System.nanoTime());
        dataSource.setCreateDatabase("create");
        FinanceBooks.migrate(dataSource);
        Transactions tx = proxy(Transactions.class, (name, args) -> name.equals("required") || name.equals("requiresNew")
                ? ((Callable<?>) args[0]).call() : null);
        AuditLog audit = proxy(AuditLog.class, (name, args) -> {
            audited.add(args[1] + " " + args[2] + " " + args[3]);
            return null;
        });
        EventPublisher events = proxy(EventPublisher.class, (name, args) -> {
            published.add(args[0] + " " + args[3]);
            return 1L;
        });
        CompanyService companies = proxy(CompanyService.class, (name, args) -> null);
        chart = new ChartOfAccountsService(null, dataSource, tx, audit, companies);
        periods = new FiscalPeriodService(null, dataSource, tx, audit, events, companies);
    }

    @Test
    void loadingTheChinaChartTwiceCreatesItOnce() {
        int created = chart.loadTemplate(1, ChartTemplate.CN_SMALL_BUSINESS);
        assertEquals(ChartTemplates.load(ChartTemplate.CN_SMALL_BUSINESS).size(), created);
        assertEquals(0, chart.loadTemplate(1, ChartTemplate.CN_SMALL_BUSINESS));
        AccountDto vat = chart.getByCode(1, "222101");
        assertEquals("2221", vat.parentCode());
        assertFalse(vat.postable());
        assertFalse(chart.getByCode(1, "2221").postable());
        assertTrue(chart.getByCode(1, "22210101").postable());
        assertTrue(chart.getByCode(1, "2202").postable());
        assertEquals(NormalBalance.CREDIT, chart.getByCode(1, "1602").normalBalance());
        assertEquals(created, chart.list(1, false).size());
        assertEquals("1001", chart.list(1, false).get(0).code());
        assertEquals(43, chart.loadTemplate(2, ChartTemplate.IFRS));
    }

    @Test
    void subAccountsExtendTheParentAndTakeItsType() {
        chart.loadTemplate(1, ChartTemplate.CN_SMALL_BUSINESS);
        AccountDto sub = chart.create(new AccountInput(1L, "100201", "工商银行", "ICBC", "1002", null, null));
        assertEquals(AccountType.ASSET, sub.type());
        assertEquals("1002", sub.parentCode());
        assertFalse(chart.getByCode(1, "1002").postable());
        ValidationException wrongPrefix = assertThrows(ValidationException.class,
                () -> chart.create(new AccountInput(1L, "100301", "x", null, "1002", null, null)));
        assertEquals("code", wrongPrefix.errors().get(0).field());
        ValidationException noType = assertThrows(ValidationException.class,
                () -> chart.create(new AccountInput(1L, "9001", "x", null, null, null, null)));
        assertEquals("type", noType.errors().get(0).field());
        ValidationException letters = assertThrows(ValidationException.class,
                () -> chart.create(new AccountInput(1L, "90A1", "", null, null, AccountType.ASSET, null)));
        assertEquals(2, letters.errors().size());
        assertThrows(ConflictException.class,
                () -> chart.create(new AccountInput(1L, "1001", "again", null, null, AccountType.ASSET, null)));
    }

    @Test
    void usedAccountsKeepTheirTypeGetNoSubAccountsAndStayActiveWhileTheyHoldABalance() throws Exception {
        chart.loadTemplate(1, ChartTemplate.CN_SMALL_BUSINESS);
        AccountDto cash = chart.getByCode(1, "1001");
        long voucher = voucher("POSTED", LocalDate.of(2026, 11, 3));
        line(voucher, 1, cash.id(), "100.00", "0.00", true);
        assertTrue(chart.get(cash.id()).used());
        ConflictException sub = assertThrows(ConflictException.class,
                () -> chart.create(new AccountInput(1L, "100101", "备用金", null, "1001", null, null)));
        assertTrue(sub.text().in(Locale.ENGLISH).contains("1001"), sub.text().in(Locale.ENGLISH));
        assertThrows(ConflictException.class,
                () -> chart.update(cash.id(), new AccountInput(null, null, null, null, null, AccountType.EXPENSE, null)));
        assertEquals("现金", chart.update(cash.id(), new AccountInput(null, null, "现金", null, null, null, null)).name());
        ConflictException balance = assertThrows(ConflictException.class, () -> chart.deactivate(cash.id()));
        assertTrue(balance.text().in(Locale.ENGLISH).contains("100"), balance.text().in(Locale.ENGLISH));
        line(voucher, 2, cash.id(), "0.00", "100.00", true);
        assertFalse(chart.deactivate(cash.id()).active());
        assertThrows(ConflictException.class, () -> chart.deactivate(chart.getByCode(1, "2221").id()));
        assertTrue(audited.contains("deactivate account " + cash.id()));
    }

    @Test
    void periodsCloseWithoutDraftsAndReopenWithAReason() throws Exception {
        List<FiscalPeriodDto> year = periods.list(1, 2026);
        assertEquals(12, year.size());
        assertTrue(year.stream().allMatch(p -> p.status() == PeriodStatus.OPEN));
        assertEquals(LocalDate.of(2026, 2, 28), year.get(1).end());
        long draft = voucher("DRAFT", LocalDate.of(2026, 11, 30));
        ConflictException drafts = assertThrows(ConflictException.class, () -> periods.close(1, "2026-11"));
        assertTrue(drafts.text().in(Locale.ENGLISH).contains("1 draft"), drafts.text().in(Locale.ENGLISH));
        sql().update("UPDATE fin_voucher SET status = 'POSTED' WHERE id = ?", draft);
        FiscalPeriodDto closed = periods.close(1, "2026-11");
        assertEquals(PeriodStatus.CLOSED, closed.status());
        assertEquals(PeriodStatus.CLOSED, periods.list(1, 2026).get(10).status());
        assertEquals(List.of(FinanceTopics.PERIOD_CLOSED + " {\"companyId\":1,\"period\":\"2026-11\",\"closedBy\":\"system\"}"),
                published);
        assertThrows(ConflictException.class, () -> periods.close(1, "2026-11"));
        PeriodGuard guard = new PeriodGuard(sql());
        ConflictException posting = assertThrows(ConflictException.class, () -> guard.requireOpen(1, LocalDate.of(2026, 11, 5)));
        assertEquals("Period 2026-11 is closed: nothing can be posted dated 2026-11-05. Reopen the period or date the"
                + " voucher in an open one", posting.text().in(Locale.ENGLISH));
        guard.requireOpen(1, LocalDate.of(2026, 12, 1));
        guard.requireOpen(2, LocalDate.of(2026, 11, 5));
        ValidationException noReason = assertThrows(ValidationException.class, () -> periods.reopen(1, "2026-11", " "));
        assertEquals("reason", noReason.errors().get(0).field());
        ValidationException badPeriod = assertThrows(ValidationException.class, () -> periods.close(1, "2026-13"));
        assertEquals("period", badPeriod.errors().get(0).field());
        FiscalPeriodDto reopened = periods.reopen(1, "2026-11", "late supplier invoice");
        assertEquals(PeriodStatus.OPEN, reopened.status());
        guard.requireOpen(1, LocalDate.of(2026, 11, 5));
        assertThrows(ConflictException.class, () -> periods.reopen(1, "2026-11", "again"));
        assertEquals(PeriodStatus.CLOSED, periods.close(1, "2026-11").status());
    }

    private Sql sql() {
        return new Sql(dataSource);
    }

    private long voucher(String status, LocalDate date) {
        return sql().insert("INSERT INTO fin_voucher (company_id, voucher_date, period, status, currency, total_debit,"
                + " total_credit, created_by, created_at, updated_at) VALUES (1, ?, ?, ?, 'CNY', 0, 0, 'test',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", date, PeriodGuard.periodOf(date), status);
    }

    private void line(long voucher, int no, long account, String debit, String credit, boolean posted) {
        sql().insert("INSERT INTO fin_voucher_line (voucher_id, line_no, company_id, account_id, debit, credit, currency,"
                + " exchange_rate, base_debit, base_credit, posted_on) VALUES (?, ?, 1, ?, ?, ?, 'CNY', 1, ?, ?, ?)",
                voucher, no, account, new BigDecimal(debit), new BigDecimal(credit),
                new BigDecimal(debit), new BigDecimal(credit),
                posted ? LocalDate.of(2026, 11, 3) : Sql.Null.DATE);
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> m.getDeclaringClass() == Object.class ? null : handler.handle(m.getName(), args)));
    }

}
