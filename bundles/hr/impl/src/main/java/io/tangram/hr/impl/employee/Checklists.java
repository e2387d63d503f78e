package io.tangram.hr.impl.employee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.tangram.oa.api.task.TaskInput;
import io.tangram.oa.api.task.Tasks;
import io.tangram.platform.api.error.TangramException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.sql.Sql;

/**
 * An employee's onboarding or offboarding checklist from the company's templates
 * ({@code hr_checklist_template}, company 1's when the company has none), each item handed to OA as a
 * task when OA is there and the assignee has a user; what was skipped is recorded.
 */
final class Checklists {
    static final String ONBOARDING = "ONBOARDING";
    static final String OFFBOARDING = "OFFBOARDING";
    static final String MANAGER = "MANAGER";
    static final String EMPLOYEE = "EMPLOYEE";
    private static final String ITEM = "SELECT id, kind, seq, title, title_zh, assignee_rule, assignee, due_date, status,"
            + " task_id, done_by, done_at FROM hr_checklist_item";

    private final Sql sql;
    private final Clock clock;
    private final IntegrationLog log;

    Checklists(Sql sql, Clock clock, IntegrationLog log) {
        this.sql = sql;
        this.clock = clock;
        this.log = log;
    }

    /** Who and what the checklist is for. */
    record Subject(long companyId, long employeeId, String number, String name, String username, String manager) {
    }

    private record Template(int seq, String title, String titleZh, String assignee, int dueOffsetDays) {
    }

    /** Creates the items of {@code kind}, due from {@code baseDate}, and their OA tasks. */
    List<ChecklistItemDto> create(Subject who, String kind, LocalDate baseDate, Tasks tasks, String board) {
        List<Template> templates = templates(who.companyId(), kind);
        if (templates.isEmpty()) {
            templates = templates(1, kind);
        }
        for (Template t : templates) {
            String assignee = switch (t.assignee()) {
                case MANAGER -> who.manager();
                case EMPLOYEE -> who.username();
                default -> t.assignee();
            };
            LocalDate due = baseDate.plusDays(t.dueOffsetDays());
            long id = sql.insert("INSERT INTO hr_checklist_item (company_id, employee_id, kind, seq, title, title_zh,"
                    + " assignee_rule, assignee, due_date, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)",
                    who.companyId(), who.employeeId(), kind, t.seq(), t.title(),
                    t.titleZh() == null ? Sql.Null.VARCHAR : t.titleZh(), t.assignee(),
                    assignee == null ? Sql.Null.VARCHAR : assignee, due, clock.instant());
            if (tasks == null) {
                continue;
            }
            if (assignee == null) {
                log.skipped(who.companyId(), who.employeeId(), "OA_TASK", Text.of(
                        "Nobody with a user account for {0}: \"{1}\" kept in HR", "{0} 没有用户账号：事项“{1}”保留在人事模块",
                        t.assignee(), t.title()), String.valueOf(id));
                continue;
            }
            handToOa(who, tasks, board, id, t, assignee, due);
        }
        if (tasks == null && !templates.isEmpty()) {
            log.skipped(who.companyId(), who.employeeId(), "OA_TASK", Text.of(
                    "OA is not installed: checklist kept in HR", "未安装协同办公：清单保留在人事模块"), kind);
        }
        return of(who.employeeId(), kind);
    }

    private void handToOa(Subject who, Tasks tasks, String board, long itemId, Template t, String assignee, LocalDate due) {
        String title = t.title() + " – " + who.name() + " (" + who.number() + ")";
        String description = (t.titleZh() == null ? t.title() : t.titleZh()) + " – " + who.name() + "（" + who.number() + "）";
        try {
            long taskId = tasks.create(new TaskInput(who.companyId(), board, title, description, assignee, due,
                    who.number() + ":" + itemId));
            sql.update("UPDATE hr_checklist_item SET task_id = ? WHERE id = ?", taskId, itemId);
            log.done(who.companyId(), who.employeeId(), "OA_TASK", Text.of("OA task {0} for {1}: \"{2}\"",
                    "协同办公任务 {0}，负责人 {1}：“{2}”", String.valueOf(taskId), assignee, t.title()), String.valueOf(taskId));
        } catch (TangramException refused) {
            log.skipped(who.companyId(), who.employeeId(), "OA_TASK", Text.of(
                    "OA refused the task \"{0}\" ({1}): kept in HR", "协同办公拒绝了任务“{0}”（{1}）：保留在人事模块",
                    t.title(), refused.text().in(Locale.ENGLISH)), String.valueOf(itemId));
        }
    }

    List<ChecklistItemDto> of(long employeeId, String kind) {
        return kind == null
                ? sql.list(ITEM + " WHERE employee_id = ? ORDER BY kind DESC, seq, id", Checklists::item, employeeId)
                : sql.list(ITEM + " WHERE employee_id = ? AND kind = ? ORDER BY seq, id", Checklists::item, employeeId, kind);
    }

    private List<Template> templates(long companyId, String kind) {
        return sql.list("SELECT seq, title, title_zh, assignee, due_offset_days FROM hr_checklist_template"
                + " WHERE company_id = ? AND kind = ? ORDER BY seq, id", rs -> new Template(rs.getInt(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5)), companyId, kind);
    }

    static ChecklistItemDto item(ResultSet rs) throws SQLException {
        return new ChecklistItemDto(rs.getLong("id"), rs.getString("kind"), rs.getInt("seq"), rs.getString("title"),
                rs.getString("title_zh"), rs.getString("assignee_rule"), rs.getString("assignee"),
                Sql.date(rs, "due_date"), rs.getString("status"), Sql.nullableLong(rs, "task_id"),
                rs.getString("done_by"), Sql.instant(rs, "done_at"));
    }
}
