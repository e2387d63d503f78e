package io.tangram.finance.impl;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;

import io.tangram.finance.api.ChartTemplate;
import io.tangram.finance.impl.service.ChartOfAccountsService;
import io.tangram.finance.impl.service.FiscalPeriodService;
import io.tangram.finance.impl.service.LedgerReportService;
import io.tangram.finance.impl.service.VoucherService;
import io.tangram.masterdata.api.CompanyDto;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * A company's books on an in-memory Derby for service tests: every finance migration applied in
 * version order, the China small-business chart loaded for company 1 (currency CNY), and the ledger
 * services wired with recording stand-ins for the audit log and the outbox. One statement per
 * auto-commit: transactions are not simulated.
 */
public final class FinanceBooks {
    public static final long COMPANY = 1;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    public final EmbeddedDataSource dataSource;
    public final Sql sql;
    public final Transactions tx;
    public final AuditLog audit;
    public final EventPublisher events;
    public final CompanyService companies;
    /** {@code action entity id} of every audit record, in order. */
    public final List<String> audited = new ArrayList<>();
    /** {@code topic sourceRef payload} of every published event, in order. */
    public final List<String> published = new ArrayList<>();

    public final ChartOfAccountsService chart;
    public final FiscalPeriodService periods;
    public final VoucherService vouchers;
    public final LedgerReportService reports;

    public FinanceBooks() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:books" + DATABASES.incrementAndGet());
        dataSource.setCreateDatabase("create");
        migrate(dataSource);
        sql = new Sql(dataSource);
        tx = new Transactions() {
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
        audit = (AuditLog) Proxy.newProxyInstance(FinanceBooks.class.getClassLoader(), new Class<?>[] {AuditLog.class},
                (p, m, a) -> {
                    if (m.getName().equals("record") && a != null && a.length >= 4) {
                        audited.add(a[1] + " " + a[2] + " " + a[3]);
                    }
                    return null;
                });
        events = (topic, companyId, sourceRef, payload) -> {
            published.add(topic + " " + sourceRef + " " + payload);
            return published.size();
        };
        CompanyDto company = new CompanyDto(COMPANY, "C1", "Demo Co", "演示公司", null, "CNY", true);
        companies = (CompanyService) Proxy.newProxyInstance(FinanceBooks.class.getClassLoader(),
                new Class<?>[] {CompanyService.class}, (p, m, a) -> m.getReturnType() == CompanyDto.class ? company : null);
        chart = new ChartOfAccountsService(null, dataSource, tx, audit, companies);
        periods = new FiscalPeriodService(null, dataSource, tx, audit, events, companies);
        vouchers = new VoucherService(null, dataSource, tx, audit, events, companies);
        reports = new LedgerReportService(null, dataSource, companies);
        chart.loadTemplate(COMPANY, ChartTemplate.CN_SMALL_BUSINESS);
    }

    /** Applies every finance migration of {@code src/main/resources/db/migration} in version order. */
    public static void migrate(EmbeddedDataSource ds) {
        Path dir = Path.of("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(dir); Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            List<Path> ordered = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
            for (Path file : ordered) {
                StringBuilder clean = new StringBuilder();
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
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
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot apply the finance migrations", e);
        }
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
}
