package io.tangram.oa.impl.calendar;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.RecordingAuditLog;

/**
 * The calendar and room services on a fresh Derby with OA's migrations, the users {@link #USERS} and
 * a fixed clock at 2026-11-30 09:00 Shanghai.
 */
final class CalendarDesk implements AutoCloseable {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Set<String> USERS = Set.of("admin", "li.na", "wang.fang", "zhang.wei", "chen.jing", "zhao.lei");

    final DerbyTestDatabase db;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final RoomService rooms;
    final CalendarService calendar;

    CalendarDesk() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("oa-calendar", "oa", Path.of("src/main/resources/db/migration"));
        Clock clock = Clock.fixed(at("2026-11-30T09:00"), SHANGHAI);
        rooms = new RoomService(db.dataSource(), db.transactions(), audit, clock);
        calendar = new CalendarService(db.dataSource(), db.transactions(), audit, rooms, users(), clock);
    }

    @Override
    public void close() {
        db.close();
    }

    /** A user with every permission. */
    static Caller user(String name) {
        return new Caller(name, Set.of(), Set.of("*"));
    }

    /** A moment typed in Shanghai local time, {@code 2026-12-07T14:00}. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static UserDirectory users() {
        List<UserAccount> accounts = USERS.stream().sorted()
                .map(u -> new UserAccount(u, u, true, Set.of(), Instant.EPOCH, null)).toList();
        return (UserDirectory) Proxy.newProxyInstance(CalendarDesk.class.getClassLoader(),
                new Class<?>[] {UserDirectory.class}, (p, m, a) -> {
                    if (m.getName().equals("users")) {
                        return accounts;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
