package io.tangram.oa.impl.approval;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of the approval workflow: defining processes, submitting, acting and overseeing. */
@Component(service = PermissionProvider.class)
public class ApprovalPermissions implements PermissionProvider {

    public static final String PROCESS_ADMIN = "oa.process.admin";
    public static final String APPROVAL_SUBMIT = "oa.approval.submit";
    public static final String APPROVAL_ACT = "oa.approval.act";
    public static final String APPROVAL_READ = "oa.approval.read";
    public static final String APPROVAL_ADMIN = "oa.approval.admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(PROCESS_ADMIN, "Define approval processes and OA's departments and their managers",
                        "定义审批流程，维护 OA 部门及部门负责人"),
                Permission.of(APPROVAL_SUBMIT, "Submit documents for approval and withdraw them",
                        "提交单据审批并撤回"),
                Permission.of(APPROVAL_ACT, "Approve, reject or return the approvals waiting for you, and delegate them while away",
                        "审批、驳回或退回待我审批的单据，外出时委托他人代批"),
                Permission.of(APPROVAL_READ, "See your approval inbox, your submissions and the processes",
                        "查看我的待办审批、我提交的审批和审批流程"),
                Permission.of(APPROVAL_ADMIN, "See and act on every approval, run reminders, delegate for others",
                        "查看和处理所有审批、执行催办、为他人设置委托"));
    }
}
