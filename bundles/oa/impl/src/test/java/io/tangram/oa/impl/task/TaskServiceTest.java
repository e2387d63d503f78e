package io.tangram.oa.impl.task;

import static io.tangram.oa.impl.task.TaskDesk.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.oa.api.task.TaskInput;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

/** Boards, task moves, my tasks and the api's idempotent create. */
class TaskServiceTest {
    private TaskDesk desk;
    private BoardDto board;

    @BeforeEach
    void setUp() throws Exception {
        desk = new TaskDesk();
        CallContext.bind(TaskDesk.ADMIN);
        board = desk.boards.create(new BoardInput(null, "sales", "Sales desk", null, List.of("li.na")));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    private TaskDto add(String title, LocalDate due, String... assignees) {
        return desk.tasks.add(1, "sales", new TaskFields(title, null, List.of(assignees), due, null, null));
    }

    private long column(String nameEn) {
        return desk.boards.get(1, "sales").columns().stream().filter(c -> c.nameEn().equals(nameEn)).findFirst()
                .orElseThrow().id();
    }

    private List<String> titles(String nameEn) {
        long id = column(nameEn);
        return desk.tasks.list(1, "sales", null, null, PageRequest.of(0, 100)).items().stream()
                .filter(t -> t.columnId() == id).map(t -> t.position() + ":" + t.title()).toList();
    }

    @Test
    void aNewBoardHasTheDefaultColumns() {
        assertEquals(List.of("To do/待办/false", "Doing/进行中/false", "Done/已完成/true"), board.columns().stream()
                .map(c -> c.nameEn() + "/" + c.nameZh() + "/" + c.done()).toList());
        assertEquals(List.of("li.na"), board.members());
        assertEquals(List.of("create board " + board.id()), desk.audit.briefs());
        ConflictException twice = assertThrows(ConflictException.class,
                () -> desk.boards.create(new BoardInput(null, "sales", "Again", null, null)));
        assertEquals("There is already a board sales", twice.getMessage());
    }

    @Test
    void tasksMoveBetweenColumnsAndTheDoneColumnStampsCompletion() {
        TaskDto a = add("Call ACME", null, "wang.fang");
        add("Send quote", null);
        TaskDto c = add("Visit Teahouse", null);
        assertEquals(List.of("0:Call ACME", "1:Send quote", "2:Visit Teahouse"), titles("To do"));
        assertEquals(List.of("li.na", "wang.fang"), desk.boards.get(1, "sales").members(), "assignees join the board");

        desk.tasks.move(c.id(), column("Doing"), 0);
        desk.tasks.move(a.id(), column("Doing"), 0);
        assertEquals(List.of("0:Send quote"), titles("To do"));
        assertEquals(List.of("0:Call ACME", "1:Visit Teahouse"), titles("Doing"));

        desk.clock.set(at("2026-12-02T15:30"));
        TaskDto done = desk.tasks.move(a.id(), column("Done"), null);
        assertEquals(at("2026-12-02T15:30"), done.completedAt());
        assertEquals("Done", done.columnEn());
        assertEquals(List.of("0:Visit Teahouse"), titles("Doing"));

        desk.clock.set(at("2026-12-03T10:00"));
        TaskDto reopened = desk.tasks.move(a.id(), column("Doing"), 7);
        assertNull(reopened.completedAt());
        assertEquals(1, reopened.position(), "a position past the end puts it at the bottom");
        assertEquals(List.of("0:Visit Teahouse", "1:Call ACME"), titles("Doing"));
        assertTrue(desk.audit.briefs().contains("move task " + a.id()));

        ValidationException other = assertThrows(ValidationException.class,
                () -> desk.tasks.move(a.id(), 999_999L, 0));
        assertEquals("columnId", other.errors().get(0).field());
    }

    @Test
    void aColumnWithTasksIsNotRemoved() {
        add("Call ACME", null);
        BoardDto b = desk.boards.get(1, "sales");
        ColumnDto todo = b.columns().get(0);
        ColumnDto done = b.columns().get(2);
        ConflictException refused = assertThrows(ConflictException.class, () -> desk.boards.columns(1, "sales",
                List.of(new ColumnInput(done.id(), "Done", "已完成", true))));
        assertEquals("Column To do still holds 1 task(s); move them before removing it", refused.getMessage());

        BoardDto changed = desk.boards.columns(1, "sales", List.of(new ColumnInput(todo.id(), "Backlog", "待办池", false),
                new ColumnInput(null, "Review", "审核", false), new ColumnInput(done.id(), "Done", "已完成", true)));
        assertEquals(List.of("0 Backlog 1", "1 Review 0", "2 Done 0"), changed.columns().stream()
                .map(c -> c.position() + " " + c.nameEn() + " " + c.tasks()).toList());
    }

    @Test
    void myTasksAreOverdueDueSoonOrLater() {
        // today is 2026-12-01 in Shanghai; due soon = today … 2026-12-04
        TaskDto late = add("Overdue report", LocalDate.of(2026, 11, 30), "li.na");
        TaskDto today = add("Today", LocalDate.of(2026, 12, 1), "li.na", "wang.fang");
        TaskDto soon = add("Friday", LocalDate.of(2026, 12, 4), "li.na");
        TaskDto later = add("Next week", LocalDate.of(2026, 12, 5), "li.na");
        TaskDto undated = add("Someday", null, "li.na");
        TaskDto finished = add("Finished", LocalDate.of(2026, 11, 29), "li.na");
        add("Not mine", LocalDate.of(2026, 12, 1), "wang.fang");
        desk.tasks.move(finished.id(), column("Done"), 0);
        desk.boards.create(new BoardInput(null, "hr", "HR", null, null));
        TaskDto elsewhere = desk.tasks.add(1, "hr", new TaskFields("Sign contract", null, List.of("li.na"),
                LocalDate.of(2026, 12, 2), TaskPriority.URGENT, null));

        MyTasks mine = desk.tasks.mine(1, "li.na");
        assertEquals(LocalDate.of(2026, 12, 1), mine.today());
        assertEquals(List.of(late.id()), mine.overdue().stream().map(TaskDto::id).toList());
        assertEquals(List.of(today.id(), elsewhere.id(), soon.id()), mine.dueSoon().stream().map(TaskDto::id).toList());
        assertEquals(List.of(later.id(), undated.id()), mine.later().stream().map(TaskDto::id).toList());

        CallContext.bind(new Caller("wang.fang", Set.of(), Set.of("oa.task.read")));
        assertEquals(List.of("Today", "Not mine"), desk.tasks.mine(1, null).dueSoon().stream().map(TaskDto::title).toList());
    }

    @Test
    void tasksCreateMakesTheBoardOnFirstUseAndIsIdempotentPerSourceRef() {
        TaskInput laptop = new TaskInput(1, "onboarding", "Prepare laptop", "ThinkPad, VPN", "zhang.wei",
                LocalDate.of(2026, 12, 7), "EMP-0042:laptop");
        long first = desk.tasks.create(laptop);
        long again = desk.tasks.create(laptop);
        assertEquals(first, again);
        assertEquals(1, desk.db.number("SELECT COUNT(*) FROM oa_task WHERE source_ref = 'EMP-0042:laptop'"));
        BoardDto onboarding = desk.boards.get(1, "onboarding");
        assertEquals(List.of("To do", "Doing", "Done"), onboarding.columns().stream().map(ColumnDto::nameEn).toList());
        TaskDto task = desk.tasks.get(first);
        assertEquals(onboarding.columns().get(0).id(), task.columnId());
        assertEquals(List.of("zhang.wei"), task.assignees());
        assertEquals(TaskPriority.NORMAL, task.priority());

        long badge = desk.tasks.create(new TaskInput(1, "onboarding", "Badge", null, null, null, "EMP-0042:badge"));
        long plain1 = desk.tasks.create(new TaskInput(1, "onboarding", "Welcome lunch", null, null, null, null));
        long plain2 = desk.tasks.create(new TaskInput(1, "onboarding", "Welcome lunch", null, null, null, null));
        assertEquals(4, Set.of(first, badge, plain1, plain2).size());
        assertEquals(4, desk.db.number("SELECT COUNT(*) FROM oa_task WHERE board_id = ?", onboarding.id()));
        assertEquals(List.of(0, 1, 2, 3), desk.tasks.list(1, "onboarding", null, null, PageRequest.of(0, 10)).items()
                .stream().map(TaskDto::position).toList());

        ValidationException bad = assertThrows(ValidationException.class,
                () -> desk.tasks.create(new TaskInput(1, "on boarding", " ", null, "nobody", null, null)));
        assertEquals(List.of("board", "title", "assignee"), bad.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void writingNeedsThePermission() {
        CallContext.bind(new Caller("zhang.wei", Set.of(), Set.of("oa.task.read")));
        assertThrows(ForbiddenException.class, () -> add("Sneaky", null));
        assertThrows(ForbiddenException.class, () -> desk.boards.create(new BoardInput(null, "x", "X", null, null)));
        assertNotNull(desk.boards.get(1, "sales"));
    }
}
