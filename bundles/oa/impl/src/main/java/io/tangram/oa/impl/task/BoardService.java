package io.tangram.oa.impl.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.impl.UserAccounts;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;
import io.tangram.web.api.RequestParams;

/**
 * Boards in {@code oa_board} with members and their columns in {@code oa_board_column}. A new board
 * gets the columns 待办 To do, 进行中 Doing and 已完成 Done (the done one); admins change them.
 */
@Component(service = BoardService.class)
public class BoardService {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
    private static final String SELECT = "SELECT id, company_id, code, name, description, created_by, created_at,"
            + " updated_at FROM oa_board";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final UserDirectory users;
    private final Clock clock;

    @Activate
    public BoardService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                        @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                        @Reference Transactions tx, @Reference AuditLog audit, @Reference UserDirectory users) {
        this(dataSource, tx, audit, users, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps what changes. */
    BoardService(DataSource dataSource, Transactions tx, AuditLog audit, UserDirectory users, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    public BoardDto create(BoardInput input) {
        CallContext.require(TaskPermissions.BOARD_ADMIN);
        RequestParams.require(input);
        long companyId = company(input.companyId());
        Validation v = fieldChecks(input);
        v.required("code", blank(input.code()))
                .matches("code", input.code(), CODE, Text.of("must be letters, digits, '.', '_' or '-', at most 40",
                        "只能是字母、数字、“.”、“_”或“-”，最多 40 个字符"));
        v.throwIfInvalid();
        String code = input.code().strip();
        if (find(companyId, code).isPresent()) {
            throw new ConflictException(Text.of("There is already a board {0}", "看板 {0} 已存在", code));
        }
        try {
            return tx.required(() -> {
                long id = insert(companyId, code, input.name().strip(), blank(input.description()));
                setMembers(id, members(input.members()));
                BoardDto created = load(id);
                audit.record("oa", "create", "board", String.valueOf(id), JsonText.write(created));
                return created;
            });
        } catch (Sql.DuplicateKeyException e) {
            throw e.asConflict(Text.of("There is already a board {0}", "看板 {0} 已存在", code));
        }
    }

    /** Changes name, description and members; the code stays. */
    public BoardDto update(long companyId, String code, BoardInput input) {
        CallContext.require(TaskPermissions.BOARD_ADMIN);
        RequestParams.require(input);
        BoardDto before = get(companyId, code);
        Validation v = fieldChecks(input);
        v.check(input.code() == null || input.code().strip().equals(before.code()), "code",
                Text.of("cannot be changed", "不能修改"));
        v.throwIfInvalid();
        return tx.required(() -> {
            lock(before.id());
            sql.update("UPDATE oa_board SET name = ?, description = ?, updated_at = ? WHERE id = ?",
                    input.name().strip(), nullable(input.description()), clock.instant(), before.id());
            sql.update("DELETE FROM oa_board_member WHERE board_id = ?", before.id());
            setMembers(before.id(), members(input.members()));
            BoardDto updated = load(before.id());
            audit.record("oa", "update", "board", String.valueOf(before.id()), JsonText.write(updated));
            return updated;
        });
    }

    public BoardDto get(long companyId, String code) {
        CallContext.require(TaskPermissions.TASK_READ);
        return find(companyId, code == null ? "" : code.strip()).orElseThrow(() -> notFound(code));
    }

    /** Boards by code; {@code member} keeps the boards a user belongs to. */
    public Page<BoardDto> list(long companyId, String member, PageRequest page) {
        CallContext.require(TaskPermissions.TASK_READ);
        String where = " WHERE company_id = ?";
        List<Object> args = new ArrayList<>(List.of(companyId));
        if (blank(member) != null) {
            where += " AND id IN (SELECT board_id FROM oa_board_member WHERE username = ?)";
            args.add(member.strip());
        }
        long total = sql.one("SELECT COUNT(*) FROM oa_board" + where, rs -> rs.getLong(1), args.toArray()).orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<Long> ids = sql.list("SELECT id FROM oa_board" + where + " ORDER BY code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                rs -> rs.getLong(1), args.toArray());
        return new Page<>(ids.stream().map(this::load).toList(), total, page.offset(), page.limit());
    }

    /**
     * Replaces the board's columns by {@code columns}, left to right: listed ids are kept (renamed,
     * moved, done or not), new ones added; a column left out is removed, unless it still holds tasks.
     */
    public BoardDto columns(long companyId, String code, List<ColumnInput> columns) {
        CallContext.require(TaskPermissions.BOARD_ADMIN);
        BoardDto before = get(companyId, code);
        List<ColumnInput> wanted = columns == null ? List.of() : columns;
        Validation v = new Validation();
        v.check(!wanted.isEmpty(), "columns", Text.of("a board needs at least one column", "看板至少需要一列"));
        Set<Long> known = before.columns().stream().map(ColumnDto::id).collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            ColumnInput c = wanted.get(i);
            String field = "columns[" + i + "]";
            if (c == null) {
                v.add(field, Text.of("is required", "必填"));
                continue;
            }
            v.required(field + ".nameEn", blank(c.nameEn())).maxLength(field + ".nameEn", c.nameEn(), 60)
                    .required(field + ".nameZh", blank(c.nameZh())).maxLength(field + ".nameZh", c.nameZh(), 60);
            v.check(c.id() == null || known.contains(c.id()), field + ".id",
                    Text.of("there is no column {0} on this board", "本看板没有列 {0}", c.id()));
            v.check(c.id() == null || seen.add(c.id()), field + ".id",
                    Text.of("column {0} is listed twice", "列 {0} 重复", c.id()));
        }
        v.throwIfInvalid();
        return tx.required(() -> {
            lock(before.id());
            for (ColumnDto old : before.columns()) {
                if (!seen.contains(old.id())) {
                    int tasks = sql.one("SELECT COUNT(*) FROM oa_task WHERE column_id = ?", rs -> rs.getInt(1), old.id())
                            .orElse(0);
                    if (tasks > 0) {
                        throw new ConflictException(Text.of("Column {0} still holds {1} task(s); move them before removing it",
                                "列“{2}”还有 {1} 个任务，请先移走再删除", old.nameEn(), tasks, old.nameZh()));
                    }
                    sql.update("DELETE FROM oa_board_column WHERE id = ?", old.id());
                }
            }
            for (int i = 0; i < wanted.size(); i++) {
                ColumnInput c = wanted.get(i);
                boolean done = Boolean.TRUE.equals(c.done());
                if (c.id() == null) {
                    sql.insert("INSERT INTO oa_board_column (board_id, name_en, name_zh, sort_order, is_done)"
                            + " VALUES (?, ?, ?, ?, ?)", before.id(), c.nameEn().strip(), c.nameZh().strip(), i, done);
                } else {
                    sql.update("UPDATE oa_board_column SET name_en = ?, name_zh = ?, sort_order = ?, is_done = ?"
                            + " WHERE id = ?", c.nameEn().strip(), c.nameZh().strip(), i, done, c.id());
                }
            }
            Instant now = clock.instant();
            sql.update("UPDATE oa_task SET completed_at = ?, updated_at = ? WHERE completed_at IS NULL AND column_id IN"
                    + " (SELECT id FROM oa_board_column WHERE board_id = ? AND is_done = ?)", now, now, before.id(), true);
            sql.update("UPDATE oa_task SET completed_at = ?, updated_at = ? WHERE completed_at IS NOT NULL AND column_id IN"
                    + " (SELECT id FROM oa_board_column WHERE board_id = ? AND is_done = ?)", Sql.Null.TIMESTAMP, now,
                    before.id(), false);
            BoardDto changed = load(before.id());
            audit.record("oa", "columns", "board", String.valueOf(before.id()),
                    JsonText.object("code", before.code(), "before", before.columns(), "after", changed.columns()));
            return changed;
        });
    }

    // ---------------------------------------------------------------- for the task service

    /** The board, created with the default columns when missing (in a transaction of its own, so a race is harmless). */
    BoardDto ensure(long companyId, String code) {
        Optional<BoardDto> board = find(companyId, code);
        if (board.isPresent()) {
            return board.get();
        }
        try {
            return tx.requiresNew(() -> {
                long id = insert(companyId, code, code, null);
                BoardDto created = load(id);
                audit.record("oa", "create", "board", String.valueOf(id), JsonText.write(created));
                return created;
            });
        } catch (Sql.DuplicateKeyException e) {
            return find(companyId, code).orElseThrow(() -> e);
        }
    }

    Optional<BoardDto> find(long companyId, String code) {
        return sql.one("SELECT id FROM oa_board WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId, code)
                .map(this::load);
    }

    BoardDto load(long id) {
        record Row(long id, long companyId, String code, String name, String description, String createdBy,
                   Instant createdAt, Instant updatedAt) {
        }
        Row row = sql.one(SELECT + " WHERE id = ?", rs -> new Row(rs.getLong("id"), rs.getLong("company_id"),
                rs.getString("code"), rs.getString("name"), rs.getString("description"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at")), id)
                .orElseThrow(() -> new NotFoundException(Text.of("There is no board {0}", "不存在看板 {0}", id)));
        List<String> members = sql.list("SELECT username FROM oa_board_member WHERE board_id = ? ORDER BY username",
                rs -> rs.getString(1), id);
        List<ColumnDto> columns = sql.list("SELECT c.id, c.name_en, c.name_zh, c.sort_order, c.is_done,"
                + " (SELECT COUNT(*) FROM oa_task t WHERE t.column_id = c.id) AS tasks FROM oa_board_column c"
                + " WHERE c.board_id = ? ORDER BY c.sort_order, c.id", BoardService::column, id);
        List<ColumnDto> positioned = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDto c = columns.get(i);
            positioned.add(new ColumnDto(c.id(), c.nameEn(), c.nameZh(), i, c.done(), c.tasks()));
        }
        return new BoardDto(row.id(), row.companyId(), row.code(), row.name(), row.description(), members, positioned,
                row.createdBy(), row.createdAt(), row.updatedAt());
    }

    /** Serialises changes to one board's tasks and columns until the transaction ends. */
    void lock(long boardId) {
        sql.update("UPDATE oa_board SET version = version + 1 WHERE id = ?", boardId);
    }

    /** Adds users to the board's members (assignees join the board they work on). */
    void join(long boardId, List<String> usernames) {
        Set<String> present = new HashSet<>(sql.list("SELECT username FROM oa_board_member WHERE board_id = ?",
                rs -> rs.getString(1), boardId));
        for (String user : usernames) {
            if (present.add(user)) {
                sql.update("INSERT INTO oa_board_member (board_id, username) VALUES (?, ?)", boardId, user);
            }
        }
    }

    /** Whether each name is a user; adds an error naming {@code field} for each that is not. */
    void checkUsers(Validation v, String field, List<String> names) {
        if (names == null || names.isEmpty()) {
            return;
        }
        Set<String> known = UserAccounts.all(users).stream().map(UserAccount::username).collect(Collectors.toSet());
        for (String name : names) {
            String user = blank(name);
            v.check(user != null && known.contains(user), field, Text.of("{0} is not a user", "{0} 不是系统用户",
                    user == null ? "(blank)" : user));
        }
    }

    static NotFoundException notFound(String code) {
        return new NotFoundException(Text.of("There is no board {0}", "不存在看板 {0}", code));
    }

    private long insert(long companyId, String code, String name, String description) {
        Instant now = clock.instant();
        long id = sql.insert("INSERT INTO oa_board (company_id, code, name, description, version, created_by, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?)", companyId, code, name,
                description == null ? Sql.Null.VARCHAR : description, CallContext.actorName(), now, now);
        String[][] defaults = {{"To do", "待办"}, {"Doing", "进行中"}, {"Done", "已完成"}};
        for (int i = 0; i < defaults.length; i++) {
            sql.insert("INSERT INTO oa_board_column (board_id, name_en, name_zh, sort_order, is_done) VALUES (?, ?, ?, ?, ?)",
                    id, defaults[i][0], defaults[i][1], i, i == defaults.length - 1);
        }
        return id;
    }

    private void setMembers(long boardId, List<String> members) {
        for (String member : members) {
            sql.update("INSERT INTO oa_board_member (board_id, username) VALUES (?, ?)", boardId, member);
        }
    }

    private Validation fieldChecks(BoardInput input) {
        Validation v = new Validation();
        v.required("name", blank(input.name())).maxLength("name", input.name(), 200)
                .maxLength("description", input.description(), 2000);
        checkUsers(v, "members", input.members());
        return v;
    }

    static List<String> members(List<String> names) {
        if (names == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        names.stream().map(BoardService::blank).filter(n -> n != null).forEach(distinct::add);
        return List.copyOf(distinct);
    }

    private static ColumnDto column(ResultSet rs) throws SQLException {
        return new ColumnDto(rs.getLong("id"), rs.getString("name_en"), rs.getString("name_zh"), rs.getInt("sort_order"),
                rs.getBoolean("is_done"), rs.getInt("tasks"));
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    static Object nullable(String s) {
        return s == null || s.isBlank() ? Sql.Null.VARCHAR : s.strip();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
