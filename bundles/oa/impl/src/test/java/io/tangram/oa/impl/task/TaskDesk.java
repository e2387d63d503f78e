package io.tangram.oa.impl.task;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.RecordingAuditLog;

/**
 * The task services on a fresh Derby with OA's migrations, the users {@link #USERS}, a clock the
 * test moves (starts 2026-12-01 09:00 Shanghai), due time 18:00 Asia/Shanghai, due soon = 3 days.
 */
final class TaskDesk implements AutoCloseable {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Set<String> USERS = Set.of("admin", "li.na", "wang.fang", "zhang.wei");
    static final Caller ADMIN = new Caller("admin", Set.of("admin"), Set.of("*"));

    final DerbyTestDatabase db;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final MovableClock clock = new MovableClock(at("2026-12-01T09:00"));
    final Inbox inbox = new Inbox();
    final BoardService boards;
    final TaskService tasks;
    final TaskReminders reminders;

    TaskDesk() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("oa-tasks", "oa", Path.of("src/main/resources/db/migration"));
        TaskSettings settings = new TaskSettings(config(300, 3, "18:00", "Asia/Shanghai"));
        boards = new BoardService(db.dataSource(), db.transactions(), audit, users(), clock);
        tasks = new TaskService(db.dataSource(), db.transactions(), audit, boards, settings, clock);
        reminders = new TaskReminders(db.dataSource(), db.transactions(), audit, tasks, clock);
    }

    @Override
    public void close() {
        db.close();
    }

    /** A moment typed in Shanghai local time, {@code 2026-12-01T09:00}. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static UserDirectory users() {
        List<UserAccount> accounts = USERS.stream().sorted()
                .map(u -> new UserAccount(u, u, true, Set.of(), Instant.EPOCH, null)).toList();
        return (UserDirectory) Proxy.newProxyInstance(TaskDesk.class.getClassLoader(),
                new Class<?>[] {UserDirectory.class}, (p, m, a) -> {
                    if (m.getName().equals("users")) {
                        return accounts;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    static TaskSettings.Config config(int checkSeconds, int dueSoonDays, String dueTime, String zone) {
        return (TaskSettings.Config) Proxy.newProxyInstance(TaskDesk.class.getClassLoader(),
                new Class<?>[] {TaskSettings.Config.class}, (p, m, a) -> switch (m.getName()) {
                    case "reminderCheckSeconds" -> checkSeconds;
                    case "dueSoonDays" -> dueSoonDays;
                    case "dueTime" -> dueTime;
                    case "timeZone" -> zone;
                    default -> null;
                });
    }

    /** A notification inbox that keeps what was posted. */
    static final class Inbox implements Notifications {
        final List<NotificationInput> posted = new CopyOnWriteArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public long post(NotificationInput notification) {
            posted.add(notification);
            return ids.incrementAndGet();
        }
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
