package io.tangram.oa.impl.approval;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.tangram.oa.api.approval.ApprovalRequest;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.RecordingAuditLog;
import io.tangram.platform.impl.testing.RecordingEventPublisher;

/**
 * The approval services on a fresh Derby with OA's migrations, a clock the test moves (Asia/Shanghai,
 * starting 2026-11-30 09:00), references {@code AP-2026-NNNNNN} from 1, and a users directory of
 * li.na (requester, sales), zhang.wei (sales manager), wang.fang (head of the company), two finance
 * managers (qian.jin, sun.li) and an auditor (zhou.min).
 */
final class ApprovalDesk implements AutoCloseable {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Caller ADMIN = new Caller("admin", Set.of("admin"), Set.of("*"));

    final DerbyTestDatabase db;
    final RecordingAuditLog audit = new RecordingAuditLog();
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T01:00:00Z"));
    final AtomicInteger numbered = new AtomicInteger();
    final DocumentNumbers numbers = (companyId, type, year) -> String.format("%s-%d-%06d", type, year,
            numbered.incrementAndGet());
    final List<UserAccount> accounts = new CopyOnWriteArrayList<>();
    final UserDirectory users;
    final List<NotificationInput> notified = new CopyOnWriteArrayList<>();
    final AtomicLong notificationIds = new AtomicLong();
    final ProcessService processes;
    final DepartmentService departments;
    final DelegationService delegations;
    final ApprovalService approvals;

    ApprovalDesk() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("oa-approval", "oa", Path.of("src/main/resources/db/migration"));
        user("li.na", "sales");
        user("zhang.wei", "sales");
        user("wang.fang", "management");
        user("qian.jin", "finance-manager");
        user("sun.li", "finance-manager");
        user("zhou.min", "auditor");
        user("admin", "admin");
        users = (UserDirectory) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UserDirectory.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "users" -> List.copyOf(accounts);
                    case "roles" -> accounts.stream().flatMap(u -> u.roles().stream()).distinct()
                            .map(r -> new Role(r, r, Set.of())).toList();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        processes = new ProcessService(db.dataSource(), db.transactions(), audit, users, clock);
        departments = new DepartmentService(db.dataSource(), db.transactions(), audit, users, clock);
        delegations = new DelegationService(db.dataSource(), db.transactions(), audit, users, clock);
        approvals = new ApprovalService(db.dataSource(), db.transactions(), audit, events, numbers, users, processes,
                departments, delegations, clock);
        approvals.notifications = notification -> {
            notified.add(notification);
            return notificationIds.incrementAndGet();
        };
    }

    void user(String username, String... roles) {
        accounts.add(new UserAccount(username, username, true, Set.of(roles), Instant.EPOCH, null));
    }

    /** A user with only the permissions to act on and read approvals. */
    static Caller approver(String username) {
        return new Caller(username, Set.of("staff"), Set.of(ApprovalPermissions.APPROVAL_ACT,
                ApprovalPermissions.APPROVAL_READ, ApprovalPermissions.APPROVAL_SUBMIT));
    }

    /** Sales (manager zhang.wei) under the company (manager wang.fang); li.na works in sales. */
    void organisation() {
        departments.save(new DepartmentInput(null, "HQ", "Head office", "总部", null, "wang.fang"));
        departments.save(new DepartmentInput(null, "SALES", "Sales", "销售部", "HQ", "zhang.wei"));
        departments.assign(new MemberInput(null, "li.na", "SALES"));
        departments.assign(new MemberInput(null, "zhang.wei", "SALES"));
    }

    static ProcessStep step(String name, String nameZh, String mode, List<StepCondition> conditions,
                            StepApprover... approvers) {
        return new ProcessStep(name, nameZh, mode, conditions, List.of(approvers), null, null);
    }

    static StepApprover approver(String kind, String value) {
        return new StepApprover(kind, value);
    }

    static ApprovalRequest request(String documentId, String amount) {
        return request(documentId, amount, Map.of());
    }

    static ApprovalRequest request(String documentId, String amount, Map<String, String> fields) {
        return new ApprovalRequest(1, "oa.expense-claim", documentId, "EXP-2026-" + documentId,
                amount == null ? null : Money.of(amount, "CNY"), "li.na", "Trip to Shenzhen", fields);
    }

    /** {@code field=value} notifications, one string each: recipient and English title. */
    List<String> notifications() {
        List<String> out = new ArrayList<>();
        notified.forEach(n -> out.add(n.recipient() + ": " + n.titleEn()));
        return out;
    }

    @Override
    public void close() {
        db.close();
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

        void plusHours(long hours) {
            now = now.plusSeconds(hours * 3600);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
