package io.tangram.hr.impl.payroll;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of payroll: reading salaries, preparing payroll, approving it and posting it. */
@Component(service = PermissionProvider.class)
public class PayrollPermissions implements PermissionProvider {

    public static final String READ = "hr.payroll.read";
    public static final String MANAGE = "hr.payroll.manage";
    public static final String APPROVE = "hr.payroll.approve";
    public static final String POST = "hr.payroll.post";
    /** Declared by the HR reports; payroll reports need it besides {@link #READ}. */
    public static final String REPORT_READ = "hr.report.read";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(READ, "See social insurance policies, salary structures, payroll runs, payslips and payroll reports",
                        "查看社保公积金政策、薪资结构、工资表、工资条和薪资报表"),
                Permission.of(MANAGE, "Keep social insurance policies, salary structures and special deductions; prepare, recompute and review payroll runs; export the bank file",
                        "维护社保公积金政策、薪资结构和专项附加扣除；编制、重算、复核工资表；导出银行代发文件"),
                Permission.of(APPROVE, "Approve a reviewed payroll run (not one you prepared yourself)", "审批已复核的工资表（不能审批本人编制的）"),
                Permission.of(POST, "Post an approved payroll run to finance", "将已审批的工资表过账到财务"));
    }
}
