package io.tangram.crm.impl.ticket;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of service tickets, SLA and the knowledge base. */
@Component(service = PermissionProvider.class)
public class TicketPermissions implements PermissionProvider {

    public static final String TICKET_READ = "crm.ticket.read";
    public static final String TICKET_WRITE = "crm.ticket.write";
    public static final String SLA_ADMIN = "crm.sla.admin";
    public static final String KB_READ = "crm.kb.read";
    public static final String KB_WRITE = "crm.kb.write";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(TICKET_READ, "View service tickets, their replies, the SLA policies and the SLA report",
                        "查看服务工单及回复、SLA 策略和 SLA 报表"),
                Permission.of(TICKET_WRITE, "Open, reply to, assign and move service tickets, link articles to them",
                        "新建、回复、分派工单，变更工单状态，关联知识库文章"),
                Permission.of(SLA_ADMIN, "Set SLA targets and run the SLA check", "设置 SLA 时限并执行 SLA 检查"),
                Permission.of(KB_READ, "Read published knowledge-base articles", "查阅已发布的知识库文章"),
                Permission.of(KB_WRITE, "Write, publish and withdraw knowledge-base articles", "编写、发布和撤回知识库文章"));
    }
}
