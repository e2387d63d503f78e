package io.tangram.hr.impl.review;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/**
 * Tells people about their reviews through OA's notification inbox, and records on the review what
 * was sent, or skipped and why (OA not installed, no user account), in {@code hr_review_notice}.
 * Runs in the caller's transaction.
 */
@Component(service = ReviewNotices.class)
public class ReviewNotices {
    static final String CYCLE_OPENED = "CYCLE_OPENED";
    static final String MANAGER_SCORED = "MANAGER_SCORED";
    static final Text OA_ABSENT = Text.of("not notified: OA is not installed", "未发送通知：未安装 OA 模块");
    static final Text NO_USER = Text.of("not notified: the employee has no user account", "未发送通知：该员工没有用户账号");

    private final Sql sql;
    private final Clock clock;

    /** OA's inbox; {@code null} while OA is not installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Notifications notifications;

    @Activate
    public ReviewNotices(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                         @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps the notices. */
    ReviewNotices(DataSource dataSource, Clock clock) {
        this.sql = new Sql(dataSource);
        this.clock = clock;
    }

    /** Posts one notification about review {@code reviewId} to {@code recipient}, or records why not. */
    void send(long reviewId, long companyId, String kind, String recipient, Text title) {
        Notifications oa = notifications;
        if (recipient == null || recipient.isBlank()) {
            record(reviewId, kind, null, "SKIPPED", NO_USER);
        } else if (oa == null) {
            record(reviewId, kind, recipient, "SKIPPED", OA_ABSENT);
        } else {
            try {
                oa.post(new NotificationInput(companyId, recipient, "review", title.in(Locale.ENGLISH),
                        title.in(Locale.SIMPLIFIED_CHINESE), null, "/api/hr/reviews/" + reviewId,
                        "hr-review-" + reviewId + "-" + kind));
                record(reviewId, kind, recipient, "SENT", title);
            } catch (TangramException e) {
                record(reviewId, kind, recipient, "FAILED", Text.of("not notified: {0}", "未发送通知：{1}",
                        e.text().in(Locale.ENGLISH), e.text().in(Locale.SIMPLIFIED_CHINESE)));
            }
        }
    }

    /** The review's notices, oldest first. */
    List<ReviewNotice> of(long reviewId) {
        return sql.list("SELECT kind, recipient, outcome, note_en, note_zh, created_at FROM hr_review_notice"
                + " WHERE review_id = ? ORDER BY id", rs -> new ReviewNotice(rs.getString("kind"),
                rs.getString("recipient"), rs.getString("outcome"), rs.getString("note_en"), rs.getString("note_zh"),
                Sql.instant(rs, "created_at")), reviewId);
    }

    private void record(long reviewId, String kind, String recipient, String outcome, Text note) {
        sql.insert("INSERT INTO hr_review_notice (review_id, kind, recipient, outcome, note_en, note_zh, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", reviewId, kind, recipient == null ? Sql.Null.VARCHAR : recipient,
                outcome, cut(note.in(Locale.ENGLISH)), cut(note.in(Locale.SIMPLIFIED_CHINESE)), clock.instant());
    }

    private static String cut(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400);
    }
}
