package io.tangram.oa.impl.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.RecordingAuditLog;

/** Notices: audience by everyone, role and department, publishing notifies, read receipts once. */
class NoticeServiceTest {
    private static final Caller HR = new Caller("hr.admin", Set.of("hr"), Set.of("oa.notice.*"));
    private static final Caller LI_NA = reader("li.na", "sales");
    private static final Caller WANG = reader("wang.fang", "staff");
    private static final Caller CHEN = reader("chen.jing", "staff");

    private DerbyTestDatabase db;
    private RecordingAuditLog audit;
    private MovableClock clock;
    private List<NotificationInput> posted;
    private NoticeService notices;

    private static Caller reader(String name, String role) {
        return new Caller(name, Set.of(role), Set.of("oa.notice.read"));
    }

    @BeforeEach
    void setUp() throws Exception {
        db = DerbyTestDatabase.withModuleSchema("oa-notice", "oa", Path.of("src/main/resources/db/migration"));
        audit = new RecordingAuditLog();
        clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
        posted = new java.util.concurrent.CopyOnWriteArrayList<>();
        Notifications inbox = n -> {
            posted.add(n);
            return posted.size();
        };
        UserDirectory users = (UserDirectory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UserDirectory.class}, (p, m, a) -> {
                    CallContext.require("platform.user.read");
                    return List.of(account("hr.admin", "hr", true), account("li.na", "sales", true),
                            account("wang.fang", "staff", true), account("chen.jing", "staff", true),
                            account("left.user", "staff", false));
                });
        Map<String, Set<String>> depts = Map.of("SALES", Set.of("li.na"), "IT", Set.of("chen.jing"));
        DepartmentMembers members = new DepartmentMembers() {
            @Override
            public Set<String> departmentsOf(long companyId, String username) {
                return depts.entrySet().stream().filter(e -> e.getValue().contains(username)).map(Map.Entry::getKey)
                        .collect(java.util.stream.Collectors.toSet());
            }

            @Override
            public Set<String> members(long companyId, String departmentCode) {
                return depts.getOrDefault(departmentCode, Set.of());
            }
        };
        notices = new NoticeService(db.dataSource(), db.transactions(), audit, inbox, users, members, clock);
        CallContext.bind(HR);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        db.close();
    }

    private static UserAccount account(String name, String role, boolean enabled) {
        return new UserAccount(name, name, enabled, Set.of(role), Instant.EPOCH, null);
    }

    private NoticeDto draft(String title, boolean everyone, List<String> roles, List<String> departments, boolean pinned) {
        return notices.create(new NoticeInput(null, title, title + "（中）", "Body", null, everyone, roles, departments,
                pinned, LocalDate.parse("2026-03-31")));
    }

    @Test
    void readingTwiceKeepsOneReceiptAndThePublisherSeesWhoHasNotRead() {
        NoticeDto notice = notices.publish(draft("Office closed on Friday", true, null, null, false).id());

        CallContext.bind(WANG);
        NoticeDto opened = notices.open(notice.id());
        assertEquals(Instant.parse("2026-03-02T01:00:00Z"), opened.readAt());
        clock.set(Instant.parse("2026-03-02T05:00:00Z"));
        assertEquals(Instant.parse("2026-03-02T01:00:00Z"), notices.open(notice.id()).readAt(), "the first time counts");
        CallContext.bind(LI_NA);
        notices.open(notice.id());

        assertEquals(2, db.number("SELECT COUNT(*) FROM oa_notice_read"));
        CallContext.bind(HR);
        NoticeReceipts receipts = notices.receipts(notice.id());
        assertEquals(4, receipts.audience(), "enabled users only");
        assertEquals(List.of(new NoticeReceipts.Receipt("wang.fang", Instant.parse("2026-03-02T01:00:00Z")),
                new NoticeReceipts.Receipt("li.na", Instant.parse("2026-03-02T05:00:00Z"))), receipts.read());
        assertEquals(List.of("chen.jing", "hr.admin"), receipts.unread());
        assertEquals(List.of("create notice 1", "publish notice 1", "read notice 1", "read notice 1"),
                audit.briefs());
        assertEquals("wang.fang", audit.records().get(2).actor());
    }

    @Test
    void publishingNotifiesTheAudienceOfRolesAndDepartmentsOnly() {
        NoticeDto notice = notices.publish(draft("Sales kick-off", false, List.of("sales"), List.of("IT"), true).id());

        assertEquals(List.of("chen.jing", "li.na"), posted.stream().map(NotificationInput::recipient).toList());
        NotificationInput first = posted.get(0);
        assertEquals(List.of("notice", "Notice: Sales kick-off", "公告：Sales kick-off（中）", "/api/oa/notices/1",
                "notice:1"), List.of(first.category(), first.titleEn(), first.titleZh(), first.link(), first.sourceRef()));
        assertEquals(List.of("sales"), notice.roles());
        assertEquals(List.of("IT"), notice.departments());

        CallContext.bind(WANG);
        assertEquals(0, notices.readable(1, false, PageRequest.of(0, 10)).total());
        assertThrows(NotFoundException.class, () -> notices.open(notice.id()), "not for wang.fang");
        CallContext.bind(CHEN);
        assertEquals(List.of(notice.id()), ids(notices.readable(1, false, PageRequest.of(0, 10)).items()));
        assertEquals(List.of(notice.id()), ids(notices.readable(1, true, PageRequest.of(0, 10)).items()));
        notices.open(notice.id());
        assertEquals(0, notices.readable(1, true, PageRequest.of(0, 10)).total(), "read");
        CallContext.bind(HR);
        assertEquals(List.of("chen.jing"), notices.receipts(notice.id()).read().stream()
                .map(NoticeReceipts.Receipt::username).toList());
        assertEquals(List.of("li.na"), notices.receipts(notice.id()).unread());
    }

    @Test
    void readersSeePinnedFirstAndNeitherDraftsNorExpiredOrUnpublished() {
        NoticeDto older = notices.publish(draft("Older", true, null, null, false).id());
        clock.set(Instant.parse("2026-03-03T01:00:00Z"));
        NoticeDto newer = notices.publish(draft("Newer", true, null, null, false).id());
        NoticeDto pinned = notices.publish(draft("Pinned", true, null, null, true).id());
        draft("Draft", true, null, null, false);
        NoticeDto withdrawn = notices.publish(draft("Withdrawn", true, null, null, false).id());
        notices.unpublish(withdrawn.id());

        CallContext.bind(WANG);
        assertEquals(List.of(pinned.id(), newer.id(), older.id()),
                ids(notices.readable(1, false, PageRequest.of(0, 10)).items()));
        assertThrows(NotFoundException.class, () -> notices.open(withdrawn.id()));
        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        assertEquals(0, notices.readable(1, false, PageRequest.of(0, 10)).total(), "expired on 2026-03-31");
        CallContext.bind(HR);
        assertEquals(5, notices.all(1, null, PageRequest.of(0, 10)).total());
        assertEquals(1, notices.all(1, NoticeStatus.DRAFT, PageRequest.of(0, 10)).total());
        ConflictException e = assertThrows(ConflictException.class, () -> notices.publish(withdrawn.id()));
        assertEquals("Notice 5 expired on 2026-03-31; change its expiry date before publishing it",
                e.text().in(java.util.Locale.ENGLISH));
    }

    @Test
    void aNoticeNeedsATitleAndAnAudience() {
        ValidationException e = assertThrows(ValidationException.class, () -> notices.create(new NoticeInput(null, " ",
                null, null, null, false, List.of(), List.of(" "), null, null)));
        assertEquals(List.of("titleEn", "everyone", "departments[0]"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals(0, db.number("SELECT COUNT(*) FROM oa_notice"));
        CallContext.bind(WANG);
        assertThrows(io.tangram.platform.api.error.ForbiddenException.class,
                () -> draft("Mine", true, null, null, false));
    }

    private static List<Long> ids(List<NoticeDto> items) {
        return items.stream().map(NoticeDto::id).toList();
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
