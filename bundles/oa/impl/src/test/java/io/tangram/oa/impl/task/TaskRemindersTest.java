package io.tangram.oa.impl.task;

import static io.tangram.oa.impl.task.TaskDesk.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.oa.api.notification.NotificationInput;
import io.tangram.platform.api.security.CallContext;

/** "Remind 1 day before due" reaches each assignee once, and waits while there is no inbox. */
class TaskRemindersTest {
    private TaskDesk desk;
    private TaskDto task;

    @BeforeEach
    void setUp() throws Exception {
        desk = new TaskDesk();
        CallContext.bind(TaskDesk.ADMIN);
        desk.boards.create(new BoardInput(null, "sales", "Sales desk", null, null));
        task = desk.tasks.add(1, "sales", new TaskFields("Year-end report", null, List.of("li.na", "wang.fang"),
                LocalDate.of(2026, 12, 10), TaskPriority.HIGH, null));
        task = desk.tasks.addReminder(task.id(), new ReminderInput(1, ReminderUnit.DAYS));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        desk.close();
    }

    @Test
    void eachAssigneeIsRemindedOnceWhenTheMomentComes() {
        // due 2026-12-10 18:00 Shanghai, one day before = 2026-12-09 18:00
        assertEquals(at("2026-12-09T18:00"), task.reminders().get(0).remindAt());
        desk.reminders.notifications = desk.inbox;

        assertEquals(0, desk.reminders.remind(at("2026-12-09T17:59")).sent().size());
        ReminderRun run = desk.reminders.remind(at("2026-12-09T18:00"));
        assertEquals(List.of("li.na", "wang.fang"), run.sent().stream().map(ReminderRun.Sent::recipient).toList());
        assertNull(run.note());
        assertEquals(0, desk.reminders.remind(at("2026-12-09T19:00")).sent().size(), "never twice");
        assertEquals(0, desk.reminders.remind(at("2026-12-11T09:00")).sent().size());

        assertEquals(2, desk.inbox.posted.size());
        NotificationInput first = desk.inbox.posted.get(0);
        assertEquals("li.na", first.recipient());
        assertEquals("task", first.category());
        assertEquals("Task due 2026-12-10: Year-end report (board sales)", first.titleEn());
        assertEquals("任务将于 2026-12-10 到期：Year-end report（看板 sales）", first.titleZh());
        assertEquals("/api/oa/tasks/" + task.id(), first.link());
        assertEquals("task-reminder:" + task.reminders().get(0).id(), first.sourceRef());
        assertEquals(2, desk.audit.briefs().stream().filter(b -> b.equals("remind task " + task.id())).count());
    }

    @Test
    void withoutTheInboxNothingIsMarkedAndTheNoticesFollowLater() {
        ReminderRun skipped = desk.reminders.remind(at("2026-12-09T18:30"));
        assertEquals(0, skipped.sent().size());
        assertEquals(2, skipped.skipped());
        assertEquals("reminders not sent: the notification inbox is not installed", skipped.note().en());
        assertEquals(0, desk.db.number("SELECT COUNT(*) FROM oa_task_reminder_sent"));

        desk.reminders.notifications = desk.inbox;
        assertEquals(2, desk.reminders.remind(at("2026-12-09T18:35")).sent().size());
        assertEquals(2, desk.db.number("SELECT COUNT(*) FROM oa_task_reminder_sent"));
    }

    @Test
    void aCompletedTaskIsNotRemindedAndANewDueDateRemindsAgain() {
        desk.reminders.notifications = desk.inbox;
        assertEquals(2, desk.reminders.remind(at("2026-12-09T18:00")).sent().size());

        TaskDto moved = desk.tasks.update(task.id(), new TaskFields("Year-end report", null, List.of("li.na"),
                LocalDate.of(2026, 12, 20), null, null));
        assertEquals(at("2026-12-19T18:00"), moved.reminders().get(0).remindAt());
        assertEquals(TaskPriority.HIGH, moved.priority(), "kept when not given");
        assertEquals(0, desk.reminders.remind(at("2026-12-19T17:00")).sent().size());
        assertEquals(List.of("li.na"), desk.reminders.remind(at("2026-12-19T18:00")).sent().stream()
                .map(ReminderRun.Sent::recipient).toList());

        TaskDto hours = desk.tasks.addReminder(task.id(), new ReminderInput(2, ReminderUnit.HOURS));
        assertEquals(at("2026-12-20T16:00"), hours.reminders().get(1).remindAt());
        long done = desk.boards.get(1, "sales").columns().get(2).id();
        desk.tasks.move(task.id(), done, null);
        assertEquals(0, desk.reminders.remind(at("2026-12-20T17:00")).sent().size());
        assertEquals(3, desk.inbox.posted.size());
        assertTrue(desk.inbox.posted.stream().allMatch(n -> n.companyId() == 1));
    }
}
