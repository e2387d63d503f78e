package io.tangram.finance.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** A page of vouchers is read with a fixed number of statements, each voucher with its own lines. */
class VoucherSearchDerbyTest {

    @Test
    void aPageLoadsAllItsLinesInOneQuery() {
        FinanceBooks books = new FinanceBooks();
        AtomicInteger statements = new AtomicInteger();
        DataSource counting = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, m, a) -> {
                    Object result = invoke(m, books.dataSource, a);
                    if (result instanceof Connection c) {
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                                (cp, cm, ca) -> {
                                    if (cm.getName().startsWith("prepare")) {
                                        statements.incrementAndGet();
                                    }
                                    return invoke(cm, c, ca);
                                });
                    }
                    return result;
                });
        VoucherService vouchers = new VoucherService(null, counting, books.tx, books.audit, books.events, books.companies);
        for (int i = 1; i <= 5; i++) {
            vouchers.record(new VoucherInput(FinanceBooks.COMPANY, LocalDate.of(2026, 3, i), "receipt " + i, List.of(
                    line("1002", i, 0), line("1122", 0, i)), null, null));
        }
        VoucherDto first = vouchers.search(FinanceBooks.COMPANY, null, PageRequest.of(0, 10)).items().get(4);
        VoucherDto reversal = vouchers.reverse(first.id(), null, "typo");

        statements.set(0);
        Page<VoucherDto> page = vouchers.search(FinanceBooks.COMPANY, null, PageRequest.of(0, 10));
        assertEquals(4, statements.get(), "count, page, lines, reversals");
        assertEquals(6, page.items().size());
        for (VoucherDto v : page.items()) {
            assertEquals(v, vouchers.get(v.id()));
            assertEquals(2, v.lines().size());
        }
        VoucherDto original = page.items().stream().filter(v -> v.id() == first.id()).findFirst().orElseThrow();
        assertEquals(reversal.id(), original.reversedByVoucherId());
        assertEquals(new BigDecimal("1.00"), original.lines().get(0).debit().amount());
        assertNull(page.items().get(1).reversedByVoucherId());
    }

    private static VoucherLineInput line(String account, int debit, int credit) {
        return new VoucherLineInput(account, BigDecimal.valueOf(debit), BigDecimal.valueOf(credit), null, null, null, null,
                null);
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
