package io.tangram.oa.impl.form;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of OA's built-in forms (leave, expenses, general requests, contracts). */
@Component(service = PermissionProvider.class)
public class FormPermissions implements PermissionProvider {

    public static final String FORM_SUBMIT = "oa.form.submit";
    public static final String FORM_APPROVE = "oa.form.approve";
    public static final String FORM_ADMIN = "oa.form.admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(FORM_SUBMIT, "Write, submit and cancel one's own leave requests, expense claims,"
                        + " general requests and contract approvals", "填写、提交和撤销自己的请假、报销、通用申请和合同审批"),
                Permission.of(FORM_APPROVE, "Approve or reject forms directly while no approval process is defined"
                        + " for their type", "未定义审批流程时，直接批准或驳回表单"),
                Permission.of(FORM_ADMIN, "See every employee's forms", "查看所有员工的表单"));
    }
}
