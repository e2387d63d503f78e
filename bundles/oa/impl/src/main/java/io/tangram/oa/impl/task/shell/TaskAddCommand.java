package io.tangram.oa.impl.task.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.task.TaskDto;
import io.tangram.oa.impl.task.TaskFields;
import io.tangram.oa.impl.task.TaskPriority;
import io.tangram.oa.impl.task.TaskService;
import io.tangram.platform.api.console.ConsoleCall;
import io.tangram.platform.api.console.ConsoleInput;

/**
 * {@code oa:task-add BOARD "TITLE" [--assignee li.na,wang.fang] [--due 2026-12-10] [--priority HIGH]
 * [--description …]}: adds a task at the bottom of the board's first column.
 */
@Service
@Command(scope = "oa", name = "task-add", description = "Add a task to a board (新建任务)")
public class TaskAddCommand implements Action {

    @Argument(index = 0, name = "board", required = true, description = "Board code")
    String board;

    @Argument(index = 1, name = "title", required = true, description = "What is to be done")
    String title;

    @Option(name = "--assignee", description = "Usernames, comma separated")
    String assignees;

    @Option(name = "--due", description = "Due date, 2026-12-10")
    String due;

    @Option(name = "--priority", description = "URGENT, HIGH, NORMAL (default) or LOW")
    String priority;

    @Option(name = "--description", description = "Details")
    String description;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    TaskService tasks;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        TaskDto t = ConsoleCall.run(session.get("USER"), out, () -> tasks.add(company, board, new TaskFields(title,
                description, assignees == null ? List.of() : List.of(assignees.split(",")),
                ConsoleInput.date("due", due), ConsoleInput.choice("priority", priority, TaskPriority.class), null)));
        if (t != null) {
            out.printf("task %d on %s in %s (%s): %s, due %s, for %s%n", t.id(), t.boardCode(), t.columnEn(),
                    t.columnZh(), t.title(), t.due() == null ? "-" : t.due(),
                    t.assignees().isEmpty() ? "-" : String.join(", ", t.assignees()));
        }
        return null;
    }
}
