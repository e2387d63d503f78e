package io.tangram.hr.impl.employee;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.tangram.hr.impl.org.HrRows;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.task.TaskInput;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.impl.testing.RecordingAuditLog;
import io.tangram.platform.impl.testing.RecordingEventPublisher;

/**
 * The employee services on {@link HrRows} with a fixed clock (2026-03-02), a user directory stub
 * that remembers accounts (role {@code employee} exists), and OA stubs that record tasks and
 * notifications.
 */
final class EmployeeDesk implements AutoCloseable {
    final HrRows rows;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
    final AtomicInteger numbered = new AtomicInteger();
    final DocumentNumbers numbers = (companyId, type, year) -> String.format("%s-%d-%06d", type, year,
            numbered.incrementAndGet());
    final List<UserAccount> accounts = new ArrayList<>();
    final List<String> userCalls = new ArrayList<>();
    final List<String> userCallers = new ArrayList<>();
    final List<TaskInput> tasks = new ArrayList<>();
    final List<NotificationInput> notifications = new ArrayList<>();
    final UserDirectory users;
    final EmployeeRegister register;
    final EmployeeSettings settings;
    final EmployeeService employees;
    final ReminderService reminders;

    EmployeeDesk(String name, String... reminderRecipients) throws Exception {
        rows = new HrRows(name);
        users = (UserDirectory) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UserDirectory.class},
                (p, m, a) -> {
                    userCallers.add(m.getName() + " by " + CallContext.current().map(c -> c.username() + " "
                            + c.permissions().contains("platform.user.write")).orElse("nobody"));
                    return switch (m.getName()) {
                        case "users" -> List.copyOf(accounts);
                        case "roles" -> List.of(new Role("employee", "Staff", Set.of("hr.self.service")));
                        case "createUser" -> {
                            @SuppressWarnings("unchecked")
                            UserAccount account = new UserAccount((String) a[0], (String) a[1], true, (Set<String>) a[3],
                                    Instant.now(), null);
                            accounts.add(account);
                            userCalls.add("create " + a[0] + " " + a[3] + " password length " + ((String) a[2]).length());
                            yield account;
                        }
                        case "saveRole" -> {
                            userCalls.add("role " + a[0] + " " + a[2]);
                            @SuppressWarnings("unchecked")
                            Role role = new Role((String) a[0], (String) a[1], (Set<String>) a[2]);
                            yield role;
                        }
                        case "setEnabled" -> {
                            userCalls.add("enabled " + a[0] + " " + a[1]);
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    };
                });
        register = new EmployeeRegister(rows.db.dataSource());
        settings = new EmployeeSettings(config(reminderRecipients));
        employees = new EmployeeService(rows.db.dataSource(), rows.db.transactions(), audit, events, numbers, users,
                register, settings, clock);
        reminders = new ReminderService(rows.db.dataSource(), rows.db.transactions(), audit, register, settings, clock);
    }

    /** OA present: tasks get ids 100, 101, … and notifications are kept. */
    void withOa() {
        employees.tasks = task -> {
            tasks.add(task);
            return 99L + tasks.size();
        };
        reminders.notifications = n -> {
            notifications.add(n);
            return notifications.size();
        };
    }

    static EmployeeSettings.Config config(String... reminderRecipients) {
        return (EmployeeSettings.Config) Proxy.newProxyInstance(EmployeeDesk.class.getClassLoader(),
                new Class<?>[] {EmployeeSettings.Config.class}, (p, m, a) -> switch (m.getName()) {
                    case "defaultRoles" -> new String[] {"employee, auditor"};
                    case "taskBoard" -> "onboarding";
                    case "contractReminderDays" -> 30;
                    case "probationReminderDays" -> 7;
                    case "reminderRecipients" -> reminderRecipients;
                    case "reminderIntervalHours" -> 24;
                    case "timeZone" -> "Asia/Shanghai";
                    default -> null;
                });
    }

    @Override
    public void close() {
        rows.close();
    }
}
