package io.tangram.hr.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.tangram.hr.impl.attendance.AttendancePermissions;
import io.tangram.hr.impl.employee.EmployeePermissions;
import io.tangram.hr.impl.leave.LeavePermissions;
import io.tangram.hr.impl.org.OrgPermissions;
import io.tangram.hr.impl.payroll.PayrollPermissions;
import io.tangram.hr.impl.review.ReviewPermissions;
import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** Every HR permission is a valid platform permission, declared once, described in English and Chinese. */
class HrPermissionsTest {

    @Test
    void everyPermissionIsDeclaredOnceWithBothLanguages() {
        List<PermissionProvider> providers = List.of(new SelfServicePermissions(), new OrgPermissions(),
                new EmployeePermissions(), new AttendancePermissions(), new LeavePermissions(), new PayrollPermissions(),
                new ReviewPermissions());
        Set<String> names = new HashSet<>();
        for (PermissionProvider provider : providers) {
            for (Permission p : provider.permissions()) {
                assertEquals("hr", p.module(), p.name());
                assertFalse(p.description().en().isBlank(), p.name());
                assertFalse(p.description().zh().isBlank(), p.name());
                assertEquals(true, names.add(p.name()), p.name() + " declared twice");
            }
        }
        assertEquals(Set.of("hr.self.service", "hr.org.read", "hr.org.manage", "hr.employee.read", "hr.employee.manage",
                "hr.employee.sensitive", "hr.report.read", "hr.attendance.read", "hr.attendance.manage", "hr.leave.read",
                "hr.leave.approve", "hr.leave.manage", "hr.payroll.read", "hr.payroll.manage", "hr.payroll.approve",
                "hr.payroll.post", "hr.review.read", "hr.review.manage"), names);
    }
}
