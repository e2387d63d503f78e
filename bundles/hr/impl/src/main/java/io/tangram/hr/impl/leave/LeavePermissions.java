package io.tangram.hr.impl.leave;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/**
 * The permissions of leave. Employees request and see their own leave with
 * {@link io.tangram.hr.impl.SelfServicePermissions#SELF}; these cover other people's.
 */
@Component(service = PermissionProvider.class)
public class LeavePermissions implements PermissionProvider {

    public static final String LEAVE_READ = "hr.leave.read";
    public static final String LEAVE_APPROVE = "hr.leave.approve";
    public static final String LEAVE_MANAGE = "hr.leave.manage";
    /** HR reports; declared by the reports area, used here for the leave balance report. */
    public static final String REPORT_READ = "hr.report.read";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(LEAVE_READ, "See everyone's leave requests and leave balances",
                        "查看所有员工的请假申请和假期余额"),
                Permission.of(LEAVE_APPROVE, "Approve or reject the leave requests of the employees one manages",
                        "审批（批准或驳回）下属员工的请假申请"),
                Permission.of(LEAVE_MANAGE, "Define leave types, request, approve, reject and cancel leave for anyone, run accruals and adjust balances",
                        "定义假期类型，为任何员工申请、审批、驳回和撤销请假，执行假期累计，调整假期余额"));
    }
}
