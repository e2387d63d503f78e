package io.tangram.oa.impl.task;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of task boards (任务看板). */
@Component(service = PermissionProvider.class)
public class TaskPermissions implements PermissionProvider {

    public static final String TASK_READ = "oa.task.read";
    public static final String TASK_WRITE = "oa.task.write";
    public static final String BOARD_ADMIN = "oa.board.admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(TASK_READ, "View task boards, their tasks and comments, and anyone's task list",
                        "查看任务看板、任务及评论和任意人员的任务清单"),
                Permission.of(TASK_WRITE, "Add, change, move and comment on tasks and set their reminders",
                        "新建、修改、移动、评论任务并设置到期提醒"),
                Permission.of(BOARD_ADMIN, "Create boards, change their members and columns, run the reminder check",
                        "新建看板，维护看板成员和列，执行到期提醒检查"));
    }
}
