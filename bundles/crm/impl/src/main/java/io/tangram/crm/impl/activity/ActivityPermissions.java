package io.tangram.crm.impl.activity;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of activities, follow-up tasks and reminder rules. */
@Component(service = PermissionProvider.class)
public class ActivityPermissions implements PermissionProvider {

    public static final String ACTIVITY_READ = "crm.activity.read";
    public static final String ACTIVITY_WRITE = "crm.activity.write";
    public static final String FOLLOW_UP_READ = "crm.followup.read";
    public static final String FOLLOW_UP_WRITE = "crm.followup.write";
    public static final String REMINDER_RULE_ADMIN = "crm.reminderrule.admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(ACTIVITY_READ, "View the activities of visible customers, leads and opportunities",
                        "查看可见客户、线索和商机的跟进记录"),
                Permission.of(ACTIVITY_WRITE, "Log calls, visits, e-mails, meetings, notes and trials",
                        "记录电话、拜访、邮件、会议、备注和试用"),
                Permission.of(FOLLOW_UP_READ, "View follow-up tasks and overdue lists", "查看跟进任务和逾期清单"),
                Permission.of(FOLLOW_UP_WRITE, "Create follow-up tasks and mark them done", "创建跟进任务并标记完成"),
                Permission.of(REMINDER_RULE_ADMIN, "Set up the rules that create follow-up tasks",
                        "设置自动生成跟进任务的提醒规则"));
    }
}
