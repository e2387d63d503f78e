package io.tangram.oa.impl.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.oa.api.notification.Notifications;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * The reminder check: every reminder of an open task whose moment has come notifies each assignee
 * once, through the notification inbox. The notice and the row in {@code oa_task_reminder_sent}
 * that marks it sent commit together; two checks at once send it once (the row's key). Without the
 * inbox nothing is marked, so the notices go out once it is back.
 */
@Component(service = TaskReminders.class)
public class TaskReminders {
    static final Text NO_INBOX = Text.of("reminders not sent: the notification inbox is not installed",
            "提醒未发送：未安装通知收件箱");
    private static final Logger LOG = LoggerFactory.getLogger(TaskReminders.class);

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final TaskService tasks;
    private final Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Notifications notifications;

    @Activate
    public TaskReminders(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                         @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                         @Reference Transactions tx, @Reference AuditLog audit, @Reference TaskService tasks) {
        this(dataSource, tx, audit, tasks, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps when a notice was sent. */
    TaskReminders(DataSource dataSource, Transactions tx, AuditLog audit, TaskService tasks, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Sends every reminder due at {@code now} that was not sent yet. */
    public ReminderRun remind(Instant now) {
        CallContext.require(TaskPermissions.BOARD_ADMIN);
        record Due(long reminderId, int amount, ReminderUnit unit, long taskId, long companyId, String title,
                   LocalDate due, String boardCode, String recipient) {
        }
        List<Due> candidates = sql.list("SELECT r.id, r.amount, r.remind_unit, t.id AS task_id, b.company_id, t.title,"
                + " t.due_date, b.code, a.username FROM oa_task_reminder r JOIN oa_task t ON t.id = r.task_id"
                + " JOIN oa_board b ON b.id = t.board_id JOIN oa_task_assignee a ON a.task_id = t.id"
                + " WHERE t.completed_at IS NULL AND t.due_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
                + " oa_task_reminder_sent s WHERE s.reminder_id = r.id AND s.username = a.username)"
                + " ORDER BY t.due_date, t.id, r.id, a.username",
                rs -> new Due(rs.getLong(1), rs.getInt(2), ReminderUnit.valueOf(rs.getString(3)), rs.getLong(4),
                        rs.getLong(5), rs.getString(6), Sql.date(rs, "due_date"), rs.getString(8), rs.getString(9)));
        List<ReminderRun.Sent> sent = new ArrayList<>();
        int skipped = 0;
        for (Due d : candidates) {
            Instant remindAt = tasks.remindAt(d.due(), d.amount(), d.unit());
            if (remindAt.isAfter(now)) {
                continue;
            }
            Notifications inbox = notifications;
            if (inbox == null) {
                skipped++;
                continue;
            }
            try {
                tx.required(() -> {
                    sql.update("INSERT INTO oa_task_reminder_sent (reminder_id, username, sent_at) VALUES (?, ?, ?)",
                            d.reminderId(), d.recipient(), clock.instant());
                    Text title = Text.of("Task due {0}: {1} (board {2})", "任务将于 {0} 到期：{1}（看板 {2}）",
                            d.due().toString(), d.title(), d.boardCode());
                    long notice = inbox.post(new NotificationInput(d.companyId(), d.recipient(), "task",
                            title.in(Locale.ENGLISH), title.in(Locale.SIMPLIFIED_CHINESE), null,
                            "/api/oa/tasks/" + d.taskId(), "task-reminder:" + d.reminderId()));
                    audit.record("oa", "remind", "task", String.valueOf(d.taskId()), JsonText.object("reminderId",
                            d.reminderId(), "recipient", d.recipient(), "due", d.due(), "notification", notice));
                    return null;
                });
                sent.add(new ReminderRun.Sent(d.taskId(), d.title(), d.recipient(), d.reminderId(), remindAt));
            } catch (Sql.DuplicateKeyException e) {
                LOG.debug("Reminder {} of task {} to {} was sent by a check running at the same time", d.reminderId(),
                        d.taskId(), d.recipient());
            }
        }
        return new ReminderRun(now, sent, skipped, skipped > 0 ? NO_INBOX : null);
    }
}
