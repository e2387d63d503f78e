package io.tangram.oa.impl.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * The notification inbox in {@code oa_notification}. Any module posts through {@link Notifications}
 * (posting needs no permission of its own: a module posts because of what its user just did, and the
 * message only ever reaches the recipient); reading and marking read is the caller's own inbox only.
 */
@Component(service = {Notifications.class, NotificationService.class})
public class NotificationService implements Notifications {
    private static final String SELECT = "SELECT id, company_id, recipient, category, title_en, title_zh, body, link,"
            + " source_ref, created_at, read_at FROM oa_notification";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public NotificationService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference Transactions tx, @Reference AuditLog audit) {
        this(dataSource, tx, audit, Clock.systemUTC());
    }

    /** For tests: {@code clock} is when notifications arrive and are read. */
    NotificationService(DataSource dataSource, Transactions tx, AuditLog audit, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public long post(NotificationInput notification) {
        if (notification == null) {
            throw ValidationException.of("notification", Text.of("is required", "必填"));
        }
        NotificationInput in = notification;
        new Validation().check(in.companyId() > 0, "companyId", Text.of("must be a company id", "必须是公司编号"))
                .required("recipient", in.recipient()).maxLength("recipient", in.recipient(), 100)
                .required("category", in.category()).maxLength("category", in.category(), 32)
                .required("titleEn", in.titleEn()).maxLength("titleEn", in.titleEn(), 200)
                .required("titleZh", in.titleZh()).maxLength("titleZh", in.titleZh(), 200)
                .maxLength("body", in.body(), 4000).maxLength("link", in.link(), 400)
                .maxLength("sourceRef", in.sourceRef(), 120).throwIfInvalid();
        String recipient = in.recipient().strip();
        String sourceRef = blank(in.sourceRef());
        return tx.required(() -> {
            if (sourceRef != null) {
                Optional<Long> existing = sql.one("SELECT id FROM oa_notification WHERE company_id = ? AND recipient = ?"
                        + " AND source_ref = ?", rs -> rs.getLong(1), in.companyId(), recipient, sourceRef);
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            long id = sql.insert("INSERT INTO oa_notification (company_id, recipient, category, title_en, title_zh, body,"
                    + " link, source_ref, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", in.companyId(), recipient,
                    in.category().strip(), in.titleEn().strip(), in.titleZh().strip(), nullable(in.body()),
                    nullable(in.link()), sourceRef == null ? Sql.Null.VARCHAR : sourceRef, clock.instant());
            audit.record("oa", "post", "notification", String.valueOf(id), JsonText.object("recipient", recipient,
                    "category", in.category().strip(), "sourceRef", sourceRef));
            return id;
        });
    }

    /** The caller's notifications, unread first and newest first within; {@code category} optional. */
    public Page<NotificationDto> inbox(long companyId, String category, boolean unreadOnly, PageRequest page) {
        CallContext.require(NotificationPermissions.NOTIFICATION_READ);
        StringBuilder where = new StringBuilder(" WHERE company_id = ? AND recipient = ?");
        List<Object> args = new ArrayList<>(List.of(companyId, CallContext.actorName()));
        if (blank(category) != null) {
            where.append(" AND category = ?");
            args.add(category.strip());
        }
        if (unreadOnly) {
            where.append(" AND read_at IS NULL");
        }
        long total = sql.one("SELECT COUNT(*) FROM oa_notification" + where, rs -> rs.getLong(1), args.toArray())
                .orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<NotificationDto> items = sql.list(SELECT + where + " ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END,"
                + " created_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", NotificationService::row,
                args.toArray());
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** How many of the caller's notifications are unread. */
    public long unreadCount(long companyId) {
        CallContext.require(NotificationPermissions.NOTIFICATION_READ);
        return sql.one("SELECT COUNT(*) FROM oa_notification WHERE company_id = ? AND recipient = ? AND read_at IS NULL",
                rs -> rs.getLong(1), companyId, CallContext.actorName()).orElse(0L);
    }

    /** Marks one of the caller's notifications read (a second time changes nothing). */
    public NotificationDto markRead(long id) {
        CallContext.require(NotificationPermissions.NOTIFICATION_READ);
        String me = CallContext.actorName();
        NotificationDto found = sql.one(SELECT + " WHERE id = ? AND recipient = ?", NotificationService::row, id, me)
                .orElseThrow(() -> new NotFoundException(Text.of("There is no notification {0}", "不存在通知 {0}", id)));
        if (found.readAt() != null) {
            return found;
        }
        return tx.required(() -> {
            sql.update("UPDATE oa_notification SET read_at = ? WHERE id = ? AND read_at IS NULL", clock.instant(), id);
            audit.record("oa", "read", "notification", String.valueOf(id), JsonText.object("recipient", me));
            return sql.one(SELECT + " WHERE id = ?", NotificationService::row, id).orElseThrow();
        });
    }

    /** Marks every unread notification of the caller read; answers how many. */
    public int markAllRead(long companyId) {
        CallContext.require(NotificationPermissions.NOTIFICATION_READ);
        String me = CallContext.actorName();
        return tx.required(() -> {
            int marked = sql.update("UPDATE oa_notification SET read_at = ? WHERE company_id = ? AND recipient = ?"
                    + " AND read_at IS NULL", clock.instant(), companyId, me);
            if (marked > 0) {
                audit.record("oa", "read-all", "notification", me, JsonText.object("companyId", companyId,
                        "marked", marked));
            }
            return marked;
        });
    }

    private static NotificationDto row(ResultSet rs) throws SQLException {
        return new NotificationDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("recipient"),
                rs.getString("category"), rs.getString("title_en"), rs.getString("title_zh"), rs.getString("body"),
                rs.getString("link"), rs.getString("source_ref"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "read_at"));
    }

    private static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
