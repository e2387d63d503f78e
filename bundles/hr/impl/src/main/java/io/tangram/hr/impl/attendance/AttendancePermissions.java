package io.tangram.hr.impl.attendance;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of attendance: schedules, holidays, clock records, daily results and corrections. */
@Component(service = PermissionProvider.class)
public class AttendancePermissions implements PermissionProvider {

    /** See schedules, holidays, everyone's clock records, daily results and monthly summaries. */
    public static final String READ = "hr.attendance.read";
    /** Maintain schedules and holidays, enter and import clock records, recompute, decide corrections. */
    public static final String MANAGE = "hr.attendance.manage";
    /**
     * HR reports. Declared by the HR reports area's own permission provider, not here: only the
     * constant is shared so the attendance report checks the same string.
     */
    public static final String REPORT_READ = "hr.report.read";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(READ, "View work schedules, holidays, clock records, daily attendance and monthly summaries",
                        "查看班次、节假日、打卡记录、每日考勤和月度考勤汇总"),
                Permission.of(MANAGE, "Maintain schedules and holidays, enter and import clock records, recompute attendance,"
                        + " approve or reject corrections", "维护班次和节假日，录入和导入打卡记录，重算考勤，审批补卡申请"));
    }
}
