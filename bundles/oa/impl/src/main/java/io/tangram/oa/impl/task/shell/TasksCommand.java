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
import io.tangram.oa.impl.task.MyTasks;
import io.tangram.oa.impl.task.TaskDto;
import io.tangram.oa.impl.task.TaskService;
import io.tangram.platform.api.console.ConsoleCall;

/** {@code oa:tasks [USER]}: a user's open tasks on every board: overdue, due soon, later. */
@Service
@Command(scope = "oa", name = "tasks", description = "A user's open tasks (我的任务)")
public class TasksCommand implements Action {

    @Argument(index = 0, name = "user", description = "Username; the console user's own tasks when left out")
    String user;

    @Option(name = "--company", description = "Company id (default 1)")
    long company = CompanyService.DEFAULT_COMPANY_ID;

    @Reference
    TaskService tasks;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        PrintStream out = session.getConsole();
        MyTasks mine = ConsoleCall.run(session.get("USER"), out, () -> tasks.mine(company, user));
        if (mine != null) {
            out.printf("%s, today %s%n", mine.user(), mine.today());
            section(out, "Overdue / 已逾期", mine.overdue());
            section(out, "Due within " + mine.dueSoonDays() + " days / " + mine.dueSoonDays() + " 天内到期", mine.dueSoon());
            section(out, "Later / 以后", mine.later());
        }
        return null;
    }

    private static void section(PrintStream out, String title, List<TaskDto> tasks) {
        out.printf("%s (%d)%n", title, tasks.size());
        for (TaskDto t : tasks) {
            out.printf("  %-6d %-10s %-7s %-14s %-10s %s%n", t.id(), t.due() == null ? "-" : t.due(), t.priority(),
                    t.boardCode(), t.columnEn(), t.title());
        }
    }
}
