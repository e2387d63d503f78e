package io.tangram.finance.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.VoucherQuery;
import io.tangram.finance.api.VoucherStatus;
import io.tangram.masterdata.api.CompanyDto;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/** The service's SQL against the V1 schema on an in-memory Derby, one statement per auto-commit. */
class VoucherServiceDerbyTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private Sql sql;
    private VoucherService vouchers;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void schema() throws SQLException, IOException {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:fin" + DATABASES.incrementAndGet());
        ds.setCreateDatabase("create");
        String ddl;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V1__ledger.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            StringBuilder clean = new StringBuilder();
            for (String line : ddl.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    clean.append(line).append('\n');
                }
            }
            for (String statement : clean.toString().split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        sql = new Sql(ds);
        account("1002", null, true);
        account("3001", null, true);
        long parent = account("6602", null, true);
        account("6602.01", parent, true);
        account("1001", null, false);
        Transactions tx = new Transactions() {
            @Override
            public <T> T required(Callable<T> work) {
                return call(work);
            }

            @Override
            public <T> T requiresNew(Callable<T> work) {
                return call(work);
            }

            @Override
            public void afterCommit(Runnable action) {
                action.run();
            }
        };
        AuditLog audit = (AuditLog) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AuditLog.class},
                (p, m, a) -> null);
        EventPublisher publisher = (topic, companyId, sourceRef, payload) -> {
            events.add(payload);
            return events.size();
        };
        CompanyService companies = (CompanyService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CompanyService.class}, (p, m, a) -> new CompanyDto(1, "C1", "Co", "公司", null, "CNY", true));
        vouchers = new VoucherService(null, ds, tx, audit, publisher, companies);
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long account(String code, Long parent, boolean active) {
        return sql.insert("INSERT INTO fin_account (company_id, code, name, parent_id, level_no, account_type,"
                + " normal_balance, active, created_at, updated_at) VALUES (1, ?, ?, ?, 1, 'ASSET', 'DEBIT', ?,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", code, "Account " + code, Sql.orNull(parent), active);
    }

    private static VoucherLineInput line(String account, String debit, String credit) {
        return new VoucherLineInput(account, new BigDecimal(debit), new BigDecimal(credit), null, null, null, null, null);
    }

    private static VoucherInput input(LocalDate date, String sourceType, String sourceRef, VoucherLineInput... lines) {
        return new VoucherInput(null, date, "capital paid in", List.of(lines), sourceType, sourceRef);
    }

    private BigDecimal[] balance(String code, String period) {
        return sql.one("SELECT b.debit, b.credit FROM fin_account_balance b JOIN fin_account a ON a.id = b.account_id"
                + " WHERE a.code = ? AND b.period = ?", rs -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)},
                code, period).orElseThrow();
    }

    @Test
    void recordNumbersPerPeriodAndKeepsBalances() {
        VoucherDto first = vouchers.record(input(NOV_30, "GR", "GR-1", line("1002", "1000", "0"), line("3001", "0", "1000")));
        assertEquals("记-2026-11-0001", first.number());
        assertEquals(VoucherStatus.POSTED, first.status());
        assertEquals(new BigDecimal("1000.00"), first.totalDebit().amount());
        assertEquals("Account 1002", first.lines().get(0).accountName());
        VoucherDto second = vouchers.record(input(NOV_30, null, null, line("1002", "0.5", "0"), line("3001", "0", "0.50")));
        assertEquals("记-2026-11-0002", second.number());
        assertEquals("记-2026-12-0001", vouchers.record(input(LocalDate.of(2026, 12, 1), null, null,
                line("1002", "1", "0"), line("3001", "0", "1"))).number());
        assertEquals(new BigDecimal("1000.50"), balance("1002", "2026-11")[0]);
        assertEquals(new BigDecimal("1000.50"), balance("3001", "2026-11")[1]);
        assertEquals(NOV_30, sql.one("SELECT MIN(posted_on) FROM fin_voucher_line WHERE voucher_id = ?",
                rs -> rs.getDate(1).toLocalDate(), first.id()).orElseThrow());
        assertTrue(events.get(0).contains("\"number\":\"记-2026-11-0001\""), events.get(0));
        assertTrue(events.get(0).contains("\"total\":1000.00"), events.get(0));
        assertEquals(first.id(), vouchers.findBySource(1, "GR", "GR-1").orElseThrow().id());

        ConflictException twice = assertThrows(ConflictException.class, () -> vouchers.record(
                input(NOV_30, "GR", "GR-1", line("1002", "1", "0"), line("3001", "0", "1"))));
        assertEquals("GR:GR-1 is already posted as voucher 记-2026-11-0001", twice.text().in(Locale.ENGLISH));
    }

    @Test
    void draftsAreValidatedChangedPostedAndDeleted() {
        ValidationException bad = assertThrows(ValidationException.class, () -> vouchers.draft(input(null, null, null,
                line("9999", "1", "0"), line("6602", "0", "1"), line("1001", "0", "1"))));
        assertEquals(List.of("date", "lines", "lines[0].accountCode", "lines[1].accountCode", "lines[2].accountCode"),
                bad.errors().stream().map(FieldError::field).toList());
        VoucherDto draft = vouchers.draft(input(NOV_30, null, null, line("6602.01", "10", "0"), line("1002", "0", "10")));
        assertNull(draft.number());
        assertEquals("2026-11", draft.period());
        VoucherDto changed = vouchers.update(draft.id(), input(LocalDate.of(2026, 10, 31), null, null,
                line("6602.01", "20", "0"), line("1002", "0", "20")));
        assertEquals("2026-10", changed.period());
        VoucherDto posted = vouchers.post(draft.id());
        assertEquals("记-2026-10-0001", posted.number());
        ConflictException frozen = assertThrows(ConflictException.class, () -> vouchers.update(draft.id(),
                input(NOV_30, null, null, line("6602.01", "1", "0"), line("1002", "0", "1"))));
        assertEquals("Voucher 记-2026-10-0001 is posted and cannot be changed; reverse it instead",
                frozen.text().in(Locale.ENGLISH));
        assertThrows(ConflictException.class, () -> vouchers.deleteDraft(draft.id()));
        VoucherDto other = vouchers.draft(input(NOV_30, null, null, line("6602.01", "1", "0"), line("1002", "0", "1")));
        vouchers.deleteDraft(other.id());
        assertEquals(1, vouchers.search(1, null, PageRequest.of(0, 10)).total());
    }

    @Test
    void closedPeriodRefusesPosting() {
        sql.update("INSERT INTO fin_period (company_id, period, status) VALUES (1, '2026-11', 'CLOSED')");
        ConflictException closed = assertThrows(ConflictException.class, () -> vouchers.record(
                input(NOV_30, null, null, line("1002", "1", "0"), line("3001", "0", "1"))));
        assertTrue(closed.text().in(Locale.ENGLISH).startsWith("Period 2026-11 is closed"));
    }

    @Test
    void reversalNegatesOnTheSameSides() {
        VoucherDto original = vouchers.record(input(NOV_30, "INV", "I-7", line("1002", "300", "0"), line("3001", "0", "300")));
        VoucherDto reversal = vouchers.reverse(original.id(), LocalDate.of(2026, 12, 2), "wrong amount");
        assertEquals("记-2026-12-0001", reversal.number());
        assertEquals(original.id(), reversal.reversesVoucherId());
        assertEquals(new BigDecimal("-300.00"), reversal.lines().get(0).debit().amount());
        assertEquals(new BigDecimal("-300.00"), reversal.lines().get(1).baseCredit().amount());
        assertEquals(new BigDecimal("-300.00"), reversal.totalDebit().amount());
        assertEquals("冲销 记-2026-11-0001 / Reversal of 记-2026-11-0001: wrong amount", reversal.description());
        assertEquals(new BigDecimal("-300.00"), balance("1002", "2026-12")[0]);
        assertEquals(reversal.id(), vouchers.get(original.id()).reversedByVoucherId());
        assertThrows(ConflictException.class, () -> vouchers.reverse(original.id(), null, "again"));
        assertThrows(ConflictException.class, () -> vouchers.reverse(reversal.id(), null, "undo"));
        assertEquals(2, vouchers.search(1, new VoucherQuery(null, null, VoucherStatus.POSTED, "3001", null, null),
                PageRequest.of(0, 10)).total());
        assertEquals(1, vouchers.search(1, new VoucherQuery(null, null, null, null, null, "0001"),
                PageRequest.of(0, 1)).items().size());
        assertEquals(reversal.id(), vouchers.search(1, null, PageRequest.of(0, 10)).items().get(0).id());
    }
}
