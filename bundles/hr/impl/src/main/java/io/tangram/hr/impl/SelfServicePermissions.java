package io.tangram.hr.impl;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/**
 * Self-service: what every employee may do about their own records. Services check it and then
 * limit the answer to the caller's own employee (found by user name); everything about other
 * people needs the area's own permissions.
 */
@Component(service = PermissionProvider.class)
public class SelfServicePermissions implements PermissionProvider {

    /** See my own employee record, attendance, leave balances and payslips; clock in and out; request leave. */
    public static final String SELF = "hr.self.service";

    @Override
    public List<Permission> permissions() {
        return List.of(Permission.of(SELF,
                "See my own employee record, attendance, leave balances, reviews and payslips; clock in and out; request leave and corrections",
                "查看本人档案、考勤、假期余额、绩效和工资条；打卡；申请请假和补卡"));
    }
}
