package io.tangram.oa.impl.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.api.task.TaskInput;
import io.tangram.oa.api.task.Tasks;
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
import io.tangram.web.api.RequestParams;

/**
 * Tasks in {@code oa_task} with assignees, comments and reminders, on the boards of
 * {@link BoardService}. Every change to a board's tasks first locks the board row, so concurrent
 * moves keep positions 0…n-1 in each column and a source reference is never added twice. Moving a
 * task into a done column stamps {@code completedAt}; moving it out clears it.
 */
@Component(service = {TaskService.class, Tasks.class})
public class TaskService implements Tasks {
    private static final String SELECT = "SELECT t.id, b.company_id, t.board_id, b.code AS board_code, t.column_id,"
            + " c.name_en, c.name_zh, t.sort_order, t.title, t.description, t.priority, t.due_date, t.source_ref,"
            + " t.completed_at, t.created_by, t.created_at, t.updated_at FROM oa_task t"
            + " JOIN oa_board b ON b.id = t.board_id JOIN oa_board_column c ON c.id = t.column_id";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final BoardService boards;
    private final TaskSettings settings;
    private final Clock clock;

    @Activate
    public TaskService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                       @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                       @Reference Transactions tx, @Reference AuditLog audit, @Reference BoardService boards,
                       @Reference TaskSettings settings) {
        this(dataSource, tx, audit, boards, settings, Clock.systemUTC());
    }

    /** For tests: {@code clock} is when tasks change and what "today" is. */
    TaskService(DataSource dataSource, Transactions tx, AuditLog audit, BoardService boards, TaskSettings settings,
                Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.boards = boards;
        this.settings = settings;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- for other modules

    @Override
    public long create(TaskInput input) {
        CallContext.require(TaskPermissions.TASK_WRITE);
        TaskInput in = RequestParams.require(input);
        Validation v = new Validation();
        v.check(in.companyId() > 0, "companyId", Text.of("must be a company id", "必须是公司编号"));
        v.required("board", BoardService.blank(in.board())).matches("board", in.board(), BoardService.CODE,
                Text.of("must be letters, digits, '.', '_' or '-', at most 40", "只能是字母、数字、“.”、“_”或“-”，最多 40 个字符"));
        v.required("title", BoardService.blank(in.title())).maxLength("title", in.title(), 200)
                .maxLength("description", in.description(), 4000).maxLength("sourceRef", in.sourceRef(), 100);
        List<String> assignees = BoardService.members(in.assignee() == null ? null : List.of(in.assignee()));
        boards.checkUsers(v, "assignee", assignees);
        v.throwIfInvalid();
        String sourceRef = BoardService.blank(in.sourceRef());
        BoardDto board = boards.ensure(in.companyId(), in.board().strip());
        return tx.required(() -> {
            boards.lock(board.id());
            if (sourceRef != null) {
                Optional<Long> existing = sql.one("SELECT id FROM oa_task WHERE board_id = ? AND source_ref = ?",
                        rs -> rs.getLong(1), board.id(), sourceRef);
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            ColumnDto first = boards.load(board.id()).columns().get(0);
            return insert(board.id(), first, new TaskFields(in.title(), in.description(), assignees, in.due(), null, null),
                    sourceRef).id();
        });
    }

    // ---------------------------------------------------------------- tasks

    /** Adds a task at the bottom of its column (the board's first column unless another is given). */
    public TaskDto add(long companyId, String boardCode, TaskFields input) {
        CallContext.require(TaskPermissions.TASK_WRITE);
        TaskFields in = RequestParams.require(input);
        BoardDto board = boards.find(companyId, boardCode == null ? "" : boardCode.strip())
                .orElseThrow(() -> BoardService.notFound(boardCode));
        Validation v = fieldChecks(in);
        Optional<ColumnDto> column = in.columnId() == null ? Optional.of(board.columns().get(0))
                : board.columns().stream().filter(c -> c.id() == in.columnId()).findFirst();
        v.check(column.isPresent(), "columnId", Text.of("there is no column {0} on board {1}", "看板 {1} 没有列 {0}",
                in.columnId(), board.code()));
        v.throwIfInvalid();
        return tx.required(() -> {
            boards.lock(board.id());
            return insert(board.id(), column.get(), in, null);
        });
    }

    /** Changes title, description, assignees, due date and priority; a new due date re-arms its reminders. */
    public TaskDto update(long id, TaskFields input) {
        CallContext.require(TaskPermissions.TASK_WRITE);
        TaskFields in = RequestParams.require(input);
        TaskDto before = get(id);
        fieldChecks(in).throwIfInvalid();
        TaskPriority priority = in.priority() == null ? before.priority() : in.priority();
        List<String> assignees = BoardService.members(in.assignees());
        return tx.required(() -> {
            boards.lock(before.boardId());
            sql.update("UPDATE oa_task SET title = ?, description = ?, priority = ?, due_date = ?, updated_at = ?"
                    + " WHERE id = ?", in.title().strip(), BoardService.nullable(in.description()), priority,
                    Sql.orNull(in.due()), clock.instant(), id);
            sql.update("DELETE FROM oa_task_assignee WHERE task_id = ?", id);
            assign(before.boardId(), id, assignees);
            if (!Objects.equals(before.due(), in.due())) {
                sql.update("DELETE FROM oa_task_reminder_sent WHERE reminder_id IN"
                        + " (SELECT id FROM oa_task_reminder WHERE task_id = ?)", id);
            }
            TaskDto updated = load(id).orElseThrow();
            audit.record("oa", "update", "task", String.valueOf(id), JsonText.write(updated));
            return updated;
        });
    }

    public TaskDto get(long id) {
        CallContext.require(TaskPermissions.TASK_READ);
        return load(id).orElseThrow(() -> new NotFoundException(Text.of("There is no task {0}", "不存在任务 {0}", id)));
    }

    /**
     * A board's tasks column by column, top to bottom; {@code assignee} keeps one person's,
     * {@code open} only those not completed (or only completed ones with {@code false}).
     */
    public Page<TaskDto> list(long companyId, String boardCode, String assignee, Boolean open, PageRequest page) {
        CallContext.require(TaskPermissions.TASK_READ);
        BoardDto board = boards.find(companyId, boardCode == null ? "" : boardCode.strip())
                .orElseThrow(() -> BoardService.notFound(boardCode));
        StringBuilder where = new StringBuilder(" WHERE t.board_id = ?");
        List<Object> args = new ArrayList<>(List.of(board.id()));
        if (BoardService.blank(assignee) != null) {
            where.append(" AND t.id IN (SELECT task_id FROM oa_task_assignee WHERE username = ?)");
            args.add(assignee.strip());
        }
        if (open != null) {
            where.append(open ? " AND t.completed_at IS NULL" : " AND t.completed_at IS NOT NULL");
        }
        long total = sql.one("SELECT COUNT(*) FROM oa_task t" + where, rs -> rs.getLong(1), args.toArray()).orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<TaskDto> items = withDetails(sql.list(SELECT + where + " ORDER BY c.sort_order, t.sort_order, t.id"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", TaskService::row, args.toArray()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /**
     * Moves a task to {@code position} (0 = top; {@code null} or past the end = bottom) of a column of
     * its board, closing the gap it leaves.
     */
    public TaskDto move(long id, Long columnId, Integer position) {
        CallContext.require(TaskPermissions.TASK_WRITE);
        TaskDto before = get(id);
        Validation v = new Validation().required("columnId", columnId)
                .check(position == null || position >= 0, "position", Text.of("must be 0 or more", "不能小于 0"));
        v.throwIfInvalid();
        return tx.required(() -> {
            boards.lock(before.boardId());
            BoardDto board = boards.load(before.boardId());
            ColumnDto target = board.columns().stream().filter(c -> c.id() == columnId).findFirst()
                    .orElseThrow(() -> ValidationException.of("columnId", Text.of(
                            "there is no column {0} on board {1}", "看板 {1} 没有列 {0}", columnId, board.code())));
            long from = sql.one("SELECT column_id FROM oa_task WHERE id = ?", rs -> rs.getLong(1), id).orElseThrow();
            List<Long> order = new ArrayList<>(columnOrder(target.id()));
            order.remove(Long.valueOf(id));
            int at = position == null ? order.size() : Math.min(position, order.size());
            order.add(at, id);
            Instant now = clock.instant();
            Instant completedAt = target.done() ? (before.completedAt() == null ? now : before.completedAt()) : null;
            sql.update("UPDATE oa_task SET column_id = ?, completed_at = ?, updated_at = ? WHERE id = ?", target.id(),
                    completedAt == null ? Sql.Null.TIMESTAMP : completedAt, now, id);
            renumber(order);
            if (from != target.id()) {
                renumber(columnOrder(from));
            }
            TaskDto moved = load(id).orElseThrow();
            audit.record("oa", "move", "task", String.valueOf(id), JsonText.object("title", before.title(),
                    "from", before.columnEn(), "fromPosition", before.position(), "to", target.nameEn(),
                    "toPosition", moved.position(), "completedAt", moved.completedAt()));
            return moved;
        });
    }

    // ---------------------------------------------------------------- comments

    public TaskCommentDto comment(long id, String body) {
        CallContext.require(TaskPermissions.TASK_WRITE);
        get(id);
        new Validation().required("body", BoardService.blank(body)).maxLength("body", body, 4000).throwIfInvalid();
        return tx.required(() -> {
            long commentId = sql.insert("INSERT INTO oa_task_comment (task_id, author, body, created_at) VALUES (?, ?, ?, ?)",
                    id, CallContext.actorName(), body.strip(), clock.instant());
            TaskCommentDto comment = commentsOf(id).stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
            audit.record("oa", "comment", "task", String.valueOf(id), JsonText.write(comment));
            return comment;
        });
    }

    public List<TaskCommentDto> comments(long id) {
        get(id);
        return commentsOf(id);
    }

    // ---------------------------------------------------------------- reminders

    /** Adds "remind N hours/days before due"; the same reminder twice is kept once. */
    public TaskDto addReminder(long id, ReminderInput input) {
        CallContext.require(TaskPermissions.TASK_WRITE);
        ReminderInput in = RequestParams.require(input);
        TaskDto task = get(id);
        new Validation().required("amount", in.amount()).required("unit", in.unit())
                .check(in.amount() == null || in.amount() >= 1 && in.amount() <= 1000, "amount",
                        Text.of("must be between 1 and 1000", "必须在 1 到 1000 之间"))
                .throwIfInvalid();
        boolean known = task.reminders().stream().anyMatch(r -> r.amount() == in.amount() && r.unit() == in.unit());
        if (known) {
            return task;
        }
        return tx.required(() -> {
            long reminderId = sql.insert("INSERT INTO oa_task_reminder (task_id, amount, remind_unit, created_by, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", id, in.amount(), in.unit(), CallContext.actorName(), clock.instant());
            audit.record("oa", "add-reminder", "task", String.valueOf(id), JsonText.object("reminderId", reminderId,
                    "amount", in.amount(), "unit", in.unit()));
            return load(id).orElseThrow();
        });
    }

    public TaskDto removeReminder(long id, long reminderId) {
        CallContext.require(TaskPermissions.TASK_WRITE);
        TaskDto task = get(id);
        ReminderDto reminder = task.reminders().stream().filter(r -> r.id() == reminderId).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("Task {0} has no reminder {1}", "任务 {0} 没有提醒 {1}",
                        id, reminderId)));
        return tx.required(() -> {
            sql.update("DELETE FROM oa_task_reminder_sent WHERE reminder_id = ?", reminderId);
            sql.update("DELETE FROM oa_task_reminder WHERE id = ?", reminderId);
            audit.record("oa", "remove-reminder", "task", String.valueOf(id), JsonText.write(reminder));
            return load(id).orElseThrow();
        });
    }

    // ---------------------------------------------------------------- my tasks

    /** The open tasks assigned to {@code user} on every board of the company, as of today. */
    public MyTasks mine(long companyId, String user) {
        CallContext.require(TaskPermissions.TASK_READ);
        String who = BoardService.blank(user) == null ? CallContext.actorName() : user.strip();
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        int soonDays = settings.dueSoonDays();
        List<TaskDto> open = withDetails(sql.list(SELECT + " WHERE b.company_id = ? AND t.completed_at IS NULL"
                + " AND t.id IN (SELECT task_id FROM oa_task_assignee WHERE username = ?)", TaskService::row,
                companyId, who));
        List<TaskDto> sorted = open.stream().sorted(Comparator.comparing(TaskDto::due,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TaskDto::priority)
                .thenComparing(TaskDto::id)).toList();
        LocalDate soon = today.plusDays(soonDays);
        return new MyTasks(who, today, soonDays,
                sorted.stream().filter(t -> t.due() != null && t.due().isBefore(today)).toList(),
                sorted.stream().filter(t -> t.due() != null && !t.due().isBefore(today) && !t.due().isAfter(soon)).toList(),
                sorted.stream().filter(t -> t.due() == null || t.due().isAfter(soon)).toList());
    }

    // ---------------------------------------------------------------- helpers

    /** The task whatever the caller may do, for the module's own use. */
    Optional<TaskDto> load(long id) {
        return sql.one(SELECT + " WHERE t.id = ?", TaskService::row, id).map(t -> withDetails(List.of(t)).get(0));
    }

    /** When a reminder fires for a due date: {@code amount unit} before the due date's due time. */
    Instant remindAt(LocalDate due, int amount, ReminderUnit unit) {
        return due == null ? null
                : due.atTime(settings.dueTime()).atZone(settings.zone()).minus(amount, unit.unit()).toInstant();
    }

    private TaskDto insert(long boardId, ColumnDto column, TaskFields in, String sourceRef) {
        Instant now = clock.instant();
        int position = sql.one("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM oa_task WHERE column_id = ?",
                rs -> rs.getInt(1), column.id()).orElse(0);
        long id = sql.insert("INSERT INTO oa_task (board_id, column_id, sort_order, title, description, priority, due_date,"
                + " source_ref, completed_at, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                boardId, column.id(), position, in.title().strip(), BoardService.nullable(in.description()),
                in.priority() == null ? TaskPriority.NORMAL : in.priority(), Sql.orNull(in.due()),
                sourceRef == null ? Sql.Null.VARCHAR : sourceRef, column.done() ? now : Sql.Null.TIMESTAMP,
                CallContext.actorName(), now, now);
        assign(boardId, id, BoardService.members(in.assignees()));
        TaskDto created = load(id).orElseThrow();
        audit.record("oa", "create", "task", String.valueOf(id), JsonText.write(created));
        return created;
    }

    private void assign(long boardId, long taskId, List<String> assignees) {
        for (String user : assignees) {
            sql.update("INSERT INTO oa_task_assignee (task_id, username) VALUES (?, ?)", taskId, user);
        }
        boards.join(boardId, assignees);
    }

    private Validation fieldChecks(TaskFields in) {
        Validation v = new Validation();
        v.required("title", BoardService.blank(in.title())).maxLength("title", in.title(), 200)
                .maxLength("description", in.description(), 4000);
        boards.checkUsers(v, "assignees", in.assignees());
        return v;
    }

    private List<Long> columnOrder(long columnId) {
        return sql.list("SELECT id FROM oa_task WHERE column_id = ? ORDER BY sort_order, id", rs -> rs.getLong(1),
                columnId);
    }

    private void renumber(List<Long> order) {
        for (int i = 0; i < order.size(); i++) {
            sql.update("UPDATE oa_task SET sort_order = ? WHERE id = ? AND sort_order <> ?", i, order.get(i), i);
        }
    }

    private List<TaskDto> withDetails(List<TaskDto> tasks) {
        List<TaskDto> out = new ArrayList<>(tasks.size());
        for (TaskDto t : tasks) {
            List<String> assignees = sql.list("SELECT username FROM oa_task_assignee WHERE task_id = ? ORDER BY username",
                    rs -> rs.getString(1), t.id());
            List<ReminderDto> reminders = sql.list("SELECT id, amount, remind_unit FROM oa_task_reminder WHERE task_id = ?"
                    + " ORDER BY id", rs -> {
                        ReminderUnit unit = ReminderUnit.valueOf(rs.getString(3));
                        return new ReminderDto(rs.getLong(1), rs.getInt(2), unit, remindAt(t.due(), rs.getInt(2), unit));
                    }, t.id());
            out.add(new TaskDto(t.id(), t.companyId(), t.boardId(), t.boardCode(), t.columnId(), t.columnEn(),
                    t.columnZh(), t.position(), t.title(), t.description(), assignees, t.due(), t.priority(),
                    t.sourceRef(), t.completedAt(), reminders, t.createdBy(), t.createdAt(), t.updatedAt()));
        }
        return out;
    }

    private List<TaskCommentDto> commentsOf(long id) {
        return sql.list("SELECT id, task_id, author, body, created_at FROM oa_task_comment WHERE task_id = ?"
                + " ORDER BY created_at, id", rs -> new TaskCommentDto(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), Sql.instant(rs, "created_at")), id);
    }

    private static TaskDto row(ResultSet rs) throws SQLException {
        return new TaskDto(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("board_id"), rs.getString("board_code"),
                rs.getLong("column_id"), rs.getString("name_en"), rs.getString("name_zh"), rs.getInt("sort_order"),
                rs.getString("title"), rs.getString("description"), List.of(), Sql.date(rs, "due_date"),
                TaskPriority.valueOf(rs.getString("priority")), rs.getString("source_ref"),
                Sql.instant(rs, "completed_at"), List.of(), rs.getString("created_by"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }
}
