package io.tangram.oa.impl.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.impl.UserAccounts;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Notices (公告) in {@code oa_notice} with their audience ({@code oa_notice_audience}) and read
 * receipts ({@code oa_notice_read}). A published notice reaches everyone, or the users holding one of
 * its roles or belonging to one of its departments; each gets a notification when it is published.
 * A reader opening it records a receipt once; its publisher sees who of the audience read it and who
 * has not. The audience is resolved as the system (reading the user list is not the reader's right).
 */
@Component(service = NoticeService.class)
public class NoticeService {
    private static final String ROLE = "ROLE";
    private static final String DEPARTMENT = "DEPARTMENT";
    private static final String SELECT = "SELECT n.id, n.company_id, n.title_en, n.title_zh, n.body_en, n.body_zh,"
            + " n.everyone, n.pinned, n.expires_on, n.status, n.published_at, n.published_by, n.created_by,"
            + " n.created_at, n.updated_at, r.read_at FROM oa_notice n"
            + " LEFT JOIN oa_notice_read r ON r.notice_id = n.id AND r.username = ?";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final Notifications notifications;
    private final UserDirectory users;
    private final DepartmentMembers departments;
    private final Clock clock;

    @Activate
    public NoticeService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                         @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                         @Reference Transactions tx, @Reference AuditLog audit, @Reference Notifications notifications,
                         @Reference UserDirectory users, @Reference DepartmentMembers departments) {
        this(dataSource, tx, audit, notifications, users, departments, Clock.systemDefaultZone());
    }

    /** For tests: {@code clock} is when notices are written, published and read, and what day it is. */
    NoticeService(DataSource dataSource, Transactions tx, AuditLog audit, Notifications notifications,
                  UserDirectory users, DepartmentMembers departments, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.notifications = notifications;
        this.users = users;
        this.departments = departments;
        this.clock = clock;
    }

    /** Writes a draft notice. */
    public NoticeDto create(NoticeInput input) {
        CallContext.require(NoticePermissions.NOTICE_PUBLISH);
        NoticeInput in = check(input);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO oa_notice (company_id, title_en, title_zh, body_en, body_zh, everyone,"
                    + " pinned, expires_on, status, created_by, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", companyId, nullable(in.titleEn()),
                    nullable(in.titleZh()), nullable(in.bodyEn()), nullable(in.bodyZh()), everyone(in),
                    Boolean.TRUE.equals(in.pinned()), Sql.orNull(in.expiresOn()), NoticeStatus.DRAFT,
                    CallContext.actorName(), now, now);
            writeAudience(id, in);
            NoticeDto created = find(id);
            audit.record("oa", "create", "notice", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /** Changes a notice; a published one reaches members newly added to its audience at once. */
    public NoticeDto update(long id, NoticeInput input) {
        CallContext.require(NoticePermissions.NOTICE_PUBLISH);
        NoticeInput in = check(input);
        NoticeDto before = find(id);
        if (in.companyId() != null && in.companyId() != before.companyId()) {
            throw ValidationException.of("companyId", Text.of("cannot be changed", "不能修改"));
        }
        return tx.required(() -> {
            lock(id);
            sql.update("UPDATE oa_notice SET title_en = ?, title_zh = ?, body_en = ?, body_zh = ?, everyone = ?,"
                    + " pinned = ?, expires_on = ?, updated_at = ? WHERE id = ?", nullable(in.titleEn()),
                    nullable(in.titleZh()), nullable(in.bodyEn()), nullable(in.bodyZh()), everyone(in),
                    Boolean.TRUE.equals(in.pinned()), Sql.orNull(in.expiresOn()), clock.instant(), id);
            sql.update("DELETE FROM oa_notice_audience WHERE notice_id = ?", id);
            writeAudience(id, in);
            NoticeDto updated = find(id);
            if (updated.status() == NoticeStatus.PUBLISHED) {
                notifyAudience(updated);
            }
            audit.record("oa", "update", "notice", String.valueOf(id), JsonText.write(updated));
            return updated;
        });
    }

    /** Publishes a notice and posts a notification to each member of its audience (once per member). */
    public NoticeDto publish(long id) {
        CallContext.require(NoticePermissions.NOTICE_PUBLISH);
        NoticeDto before = find(id);
        if (before.status() == NoticeStatus.PUBLISHED) {
            throw new ConflictException(Text.of("Notice {0} is already published", "公告 {0} 已经发布", id));
        }
        if (before.expiresOn() != null && before.expiresOn().isBefore(LocalDate.now(clock))) {
            throw new ConflictException(Text.of("Notice {0} expired on {1}; change its expiry date before publishing it",
                    "公告 {0} 已于 {1} 过期，请先修改有效期再发布", id, before.expiresOn().toString()));
        }
        return tx.required(() -> {
            lock(id);
            Instant now = clock.instant();
            sql.update("UPDATE oa_notice SET status = ?, published_at = ?, published_by = ?, updated_at = ? WHERE id = ?",
                    NoticeStatus.PUBLISHED, now, CallContext.actorName(), now, id);
            NoticeDto published = find(id);
            int reached = notifyAudience(published);
            audit.record("oa", "publish", "notice", String.valueOf(id), JsonText.object("audience", reached));
            return published;
        });
    }

    /** Takes a published notice away from its audience; read receipts stay. */
    public NoticeDto unpublish(long id) {
        CallContext.require(NoticePermissions.NOTICE_PUBLISH);
        NoticeDto before = find(id);
        if (before.status() != NoticeStatus.PUBLISHED) {
            throw new ConflictException(Text.of("Notice {0} is not published", "公告 {0} 未发布", id));
        }
        return tx.required(() -> {
            lock(id);
            sql.update("UPDATE oa_notice SET status = ?, updated_at = ? WHERE id = ?", NoticeStatus.UNPUBLISHED,
                    clock.instant(), id);
            audit.record("oa", "unpublish", "notice", String.valueOf(id), JsonText.object("status",
                    NoticeStatus.UNPUBLISHED));
            return find(id);
        });
    }

    /** The notices the caller may read now: published, not expired, for them; pinned first, newest first. */
    public Page<NoticeDto> readable(long companyId, boolean unreadOnly, PageRequest page) {
        CallContext.require(NoticePermissions.NOTICE_READ);
        Caller me = CallContext.current().orElseThrow();
        StringBuilder where = new StringBuilder(" WHERE n.company_id = ? AND n.status = ?"
                + " AND (n.expires_on IS NULL OR n.expires_on >= ?) AND (n.everyone = ?");
        List<Object> args = new ArrayList<>(List.of(me.username(), companyId, NoticeStatus.PUBLISHED,
                LocalDate.now(clock), true));
        audienceClause(where, args, ROLE, me.roles());
        audienceClause(where, args, DEPARTMENT, departments.departmentsOf(companyId, me.username()));
        where.append(")");
        if (unreadOnly) {
            where.append(" AND r.read_at IS NULL");
        }
        return page(where.toString(), args, " ORDER BY n.pinned DESC, n.published_at DESC, n.id DESC", page);
    }

    /** Every notice of the company for its publishers, drafts included; newest first. */
    public Page<NoticeDto> all(long companyId, NoticeStatus status, PageRequest page) {
        CallContext.require(NoticePermissions.NOTICE_PUBLISH);
        StringBuilder where = new StringBuilder(" WHERE n.company_id = ?");
        List<Object> args = new ArrayList<>(List.of(CallContext.actorName(), companyId));
        if (status != null) {
            where.append(" AND n.status = ?");
            args.add(status);
        }
        return page(where.toString(), args, " ORDER BY n.created_at DESC, n.id DESC", page);
    }

    /**
     * Opens a notice: a member of its audience reading a published notice records a read receipt, the
     * first time only. Publishers open any notice without a receipt unless they are in its audience.
     */
    public NoticeDto open(long id) {
        CallContext.require(NoticePermissions.NOTICE_READ);
        Caller me = CallContext.current().orElseThrow();
        NoticeDto notice = find(id);
        boolean forMe = notice.status() == NoticeStatus.PUBLISHED && inAudience(notice, me);
        if (!forMe) {
            if (me.has(NoticePermissions.NOTICE_PUBLISH)) {
                return notice;
            }
            throw notFound(id);
        }
        if (notice.readAt() != null) {
            return notice;
        }
        return tx.required(() -> {
            boolean read = sql.one("SELECT 1 FROM oa_notice_read WHERE notice_id = ? AND username = ?", rs -> 1, id,
                    me.username()).isPresent();
            if (!read) {
                sql.update("INSERT INTO oa_notice_read (notice_id, username, read_at) VALUES (?, ?, ?)", id,
                        me.username(), clock.instant());
                audit.record("oa", "read", "notice", String.valueOf(id), JsonText.object("reader", me.username()));
            }
            return find(id);
        });
    }

    /** Who of the notice's current audience has read it, and who has not. */
    public NoticeReceipts receipts(long id) {
        CallContext.require(NoticePermissions.NOTICE_PUBLISH);
        NoticeDto notice = find(id);
        Set<String> audience = audienceOf(notice);
        List<NoticeReceipts.Receipt> read = sql.list("SELECT username, read_at FROM oa_notice_read WHERE notice_id = ?"
                + " ORDER BY read_at, username", rs -> new NoticeReceipts.Receipt(rs.getString(1),
                        Sql.instant(rs, "read_at")), id);
        Set<String> readers = read.stream().map(NoticeReceipts.Receipt::username).collect(Collectors.toSet());
        List<String> unread = audience.stream().filter(u -> !readers.contains(u)).sorted().toList();
        return new NoticeReceipts(id, audience.size(), read, unread);
    }

    // ---------------------------------------------------------------- helpers

    private NoticeInput check(NoticeInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        NoticeInput in = input;
        Validation v = new Validation();
        v.check(blank(in.titleEn()) != null || blank(in.titleZh()) != null, "titleEn",
                Text.of("give a title in English or Chinese", "请填写中文或英文标题"));
        v.maxLength("titleEn", in.titleEn(), 200).maxLength("titleZh", in.titleZh(), 200)
                .maxLength("bodyEn", in.bodyEn(), 16000).maxLength("bodyZh", in.bodyZh(), 16000);
        boolean anyone = everyone(in) || !codes(in.roles()).isEmpty() || !codes(in.departments()).isEmpty();
        v.check(anyone, "everyone", Text.of("choose everyone, or at least one role or department",
                "请选择全员，或至少一个角色或部门"));
        checkCodes(v, "roles", in.roles());
        checkCodes(v, "departments", in.departments());
        v.throwIfInvalid();
        return in;
    }

    private static void checkCodes(Validation v, String field, List<String> codes) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i);
            v.check(c != null && !c.isBlank() && c.strip().length() <= 64, field + "[" + i + "]",
                    Text.of("must be a code of at most 64 characters", "必须是不超过 64 个字符的编码"));
        }
    }

    private static boolean everyone(NoticeInput in) {
        return Boolean.TRUE.equals(in.everyone());
    }

    private static Set<String> codes(List<String> codes) {
        return codes == null ? Set.of() : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void writeAudience(long id, NoticeInput in) {
        if (everyone(in)) {
            return;
        }
        for (String role : codes(in.roles())) {
            sql.update("INSERT INTO oa_notice_audience (notice_id, member_kind, code) VALUES (?, ?, ?)", id, ROLE, role);
        }
        for (String dept : codes(in.departments())) {
            sql.update("INSERT INTO oa_notice_audience (notice_id, member_kind, code) VALUES (?, ?, ?)", id, DEPARTMENT,
                    dept);
        }
    }

    private static void audienceClause(StringBuilder where, List<Object> args, String kind, Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        where.append(" OR EXISTS (SELECT 1 FROM oa_notice_audience a WHERE a.notice_id = n.id AND a.member_kind = ?"
                + " AND a.code IN (").append(String.join(", ", codes.stream().map(c -> "?").toList())).append("))");
        args.add(kind);
        args.addAll(codes);
    }

    private boolean inAudience(NoticeDto notice, Caller caller) {
        return notice.everyone() || notice.roles().stream().anyMatch(caller.roles()::contains)
                || !notice.departments().isEmpty() && departments.departmentsOf(notice.companyId(), caller.username())
                        .stream().anyMatch(notice.departments()::contains);
    }

    /** The enabled users the notice is for, by username. */
    private Set<String> audienceOf(NoticeDto notice) {
        List<UserAccount> accounts;
        try {
            accounts = UserAccounts.all(users);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the users of notice " + notice.id(), e);
        }
        Set<String> audience = new TreeSet<>();
        Map<String, UserAccount> enabled = accounts.stream().filter(UserAccount::enabled)
                .collect(Collectors.toMap(UserAccount::username, u -> u));
        for (UserAccount u : enabled.values()) {
            if (notice.everyone() || u.roles().stream().anyMatch(notice.roles()::contains)) {
                audience.add(u.username());
            }
        }
        for (String dept : notice.departments()) {
            departments.members(notice.companyId(), dept).stream().filter(enabled::containsKey).forEach(audience::add);
        }
        return audience;
    }

    private int notifyAudience(NoticeDto notice) {
        Set<String> audience = audienceOf(notice);
        String en = notice.titleEn() == null ? notice.titleZh() : notice.titleEn();
        String zh = notice.titleZh() == null ? notice.titleEn() : notice.titleZh();
        for (String member : audience) {
            notifications.post(new NotificationInput(notice.companyId(), member, "notice", "Notice: " + en,
                    "公告：" + zh, null, "/api/oa/notices/" + notice.id(), "notice:" + notice.id()));
        }
        return audience.size();
    }

    private void lock(long id) {
        sql.update("UPDATE oa_notice SET version = version + 1 WHERE id = ?", id);
    }

    private Page<NoticeDto> page(String where, List<Object> args, String order, PageRequest page) {
        long total = sql.one("SELECT COUNT(*) FROM oa_notice n LEFT JOIN oa_notice_read r ON r.notice_id = n.id"
                + " AND r.username = ?" + where, rs -> rs.getLong(1), args.toArray()).orElse(0L);
        List<Object> paged = new ArrayList<>(args);
        paged.add(page.offset());
        paged.add(page.limit());
        List<NoticeDto> items = sql.list(SELECT + where + order + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                this::row, paged.toArray()).stream().map(this::withAudience).toList();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private NoticeDto find(long id) {
        return sql.one(SELECT + " WHERE n.id = ?", this::row, CallContext.actorName(), id).map(this::withAudience)
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Text.of("There is no notice {0}", "不存在公告 {0}", id));
    }

    private NoticeDto withAudience(NoticeDto n) {
        record Member(String kind, String code) {
        }
        List<Member> members = sql.list("SELECT member_kind, code FROM oa_notice_audience WHERE notice_id = ?"
                + " ORDER BY member_kind, code", rs -> new Member(rs.getString(1), rs.getString(2)), n.id());
        return new NoticeDto(n.id(), n.companyId(), n.titleEn(), n.titleZh(), n.bodyEn(), n.bodyZh(), n.everyone(),
                members.stream().filter(m -> m.kind().equals(ROLE)).map(Member::code).toList(),
                members.stream().filter(m -> m.kind().equals(DEPARTMENT)).map(Member::code).toList(), n.pinned(),
                n.expiresOn(), n.status(), n.publishedAt(), n.publishedBy(), n.createdBy(), n.createdAt(),
                n.updatedAt(), n.readAt());
    }

    private NoticeDto row(ResultSet rs) throws SQLException {
        return new NoticeDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("title_en"),
                rs.getString("title_zh"), rs.getString("body_en"), rs.getString("body_zh"), rs.getBoolean("everyone"),
                List.of(), List.of(), rs.getBoolean("pinned"), Sql.date(rs, "expires_on"),
                NoticeStatus.valueOf(rs.getString("status")), Sql.instant(rs, "published_at"),
                rs.getString("published_by"), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), Sql.instant(rs, "read_at"));
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
