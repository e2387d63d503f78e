package io.tangram.hr.impl.employee;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of employee records, their sensitive fields, lifecycle and HR reports. */
@Component(service = PermissionProvider.class)
public class EmployeePermissions implements PermissionProvider {

    public static final String EMPLOYEE_READ = "hr.employee.read";
    public static final String EMPLOYEE_MANAGE = "hr.employee.manage";
    public static final String EMPLOYEE_SENSITIVE = "hr.employee.sensitive";
    public static final String REPORT_READ = "hr.report.read";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(EMPLOYEE_READ, "View employees' job data, checklists, lifecycle and integration records",
                        "查看员工岗位信息、入离职清单、异动记录和集成记录"),
                Permission.of(EMPLOYEE_MANAGE, "Create employees, change job data, onboard, confirm, transfer and"
                        + " offboard them, tick checklist items and run reminders",
                        "新建员工、修改岗位信息、办理入职、转正、调动和离职，完成清单事项并执行到期提醒"),
                Permission.of(EMPLOYEE_SENSITIVE, "View and change salary, bank account, ID number and address of employees",
                        "查看和修改员工的薪资、银行账户、身份证号和住址"),
                Permission.of(REPORT_READ, "View HR reports: headcount and turnover", "查看人事报表：人数与离职率"));
    }
}
