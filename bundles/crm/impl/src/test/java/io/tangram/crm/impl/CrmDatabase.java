package io.tangram.crm.impl;

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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;

import io.tangram.crm.impl.customer.CustomerService;
import io.tangram.crm.impl.customer.TeamService;
import io.tangram.masterdata.api.CompanyDto;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * CRM's tables on an in-memory Derby for service tests: every CRM migration applied in version
 * order, company 1 (CNY), parties kept in memory, the users {@link #USERS}, and recording stand-ins
 * for the audit log and the outbox. One statement per auto-commit: transactions are not simulated.
 * Tests run as {@link #ADMIN} (every permission) unless they bind another caller.
 */
public final class CrmDatabase {
    public static final long COMPANY = 1;
    public static final Set<String> USERS = Set.of("admin", "wang.fang", "li.na", "zhang.wei", "chen.jing", "zhao.lei");
    public static final Caller ADMIN = new Caller("admin", Set.of("admin"), Set.of("*"));
    private static final AtomicInteger DATABASES = new AtomicInteger();

    public final EmbeddedDataSource dataSource;
    public final Sql sql;
    public final Transactions tx;
    public final AuditLog audit;
    public final EventPublisher events;
    public final CompanyService companies;
    public final PartyService parties;
    public final UserDirectory users;
    public final CrmSettings settings;
    public final CustomerService customers;
    public final TeamService teams;
    /** {@code action entity id} of every audit record, in order. */
    public final List<String> audited = new ArrayList<>();
    /** {@code topic sourceRef payload} of every published event, in order. */
    public final List<String> published = new ArrayList<>();
    private final Map<Long, PartyDto> partyRows = new ConcurrentHashMap<>();
    private final AtomicLong partyIds = new AtomicLong(100);

    public CrmDatabase() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:crm" + DATABASES.incrementAndGet());
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
        audit = proxy(AuditLog.class, (m, a) -> {
            if (m.equals("record") && a != null && a.length >= 4) {
                audited.add(a[1] + " " + a[2] + " " + a[3]);
            }
            return null;
        });
        events = (topic, companyId, sourceRef, payload) -> {
            published.add(topic + " " + sourceRef + " " + payload);
            return published.size();
        };
        CompanyDto company = new CompanyDto(COMPANY, "C1", "Demo Co", "演示公司", null, "CNY", true);
        companies = proxy(CompanyService.class, (m, a) -> m.equals("get") ? company : null);
        parties = proxy(PartyService.class, (m, a) -> switch (m) {
            case "create" -> {
                PartyInput in = (PartyInput) a[0];
                long id = partyIds.incrementAndGet();
                PartyDto p = new PartyDto(id, in.companyId() == null ? COMPANY : in.companyId(), in.code(), in.name(),
                        Boolean.TRUE.equals(in.customer()), Boolean.TRUE.equals(in.supplier()), in.taxId(),
                        in.paymentTermsDays() == null ? 30 : in.paymentTermsDays(), "CNY", List.of(), List.of(), true);
                partyRows.put(id, p);
                yield p;
            }
            case "get" -> {
                PartyDto p = partyRows.get((Long) a[0]);
                if (p == null) {
                    throw new NotFoundException(Text.of("There is no party {0}", "不存在往来单位 {0}", a[0]));
                }
                yield p;
            }
            default -> throw new UnsupportedOperationException(m);
        });
        users = proxy(UserDirectory.class, (m, a) -> m.equals("users") ? USERS.stream().sorted()
                .map(u -> new UserAccount(u, u, true, Set.of(), null, null)).toList() : null);
        settings = new CrmSettings(config(180, 30));
        customers = new CustomerService(null, dataSource, tx, audit, parties, companies, users, settings);
        teams = new TeamService(null, dataSource, tx, audit);
    }

    /** A configuration of the given values, as DS would pass it. */
    public static CrmSettings.Config config(int dormantAfterDays, int quoteValidDays) {
        return proxy(CrmSettings.Config.class, (m, a) -> switch (m) {
            case "dormantAfterDays" -> dormantAfterDays;
            case "quoteValidDays" -> quoteValidDays;
            default -> null;
        });
    }

    /** Applies every CRM migration of {@code src/main/resources/db/migration} in version order. */
    public static void migrate(EmbeddedDataSource ds) {
        Path dir = Path.of("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(dir); Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            List<Path> ordered = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString()
                            .replaceAll("^V(\\d+)__.*", "$1"))))
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
            throw new IllegalStateException("cannot apply the CRM migrations", e);
        }
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(CrmDatabase.class.getClassLoader(), new Class<?>[] {type},
                (p, m, a) -> m.getDeclaringClass() == Object.class ? m.invoke(answer, a) : answer.answer(m.getName(), a));
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
