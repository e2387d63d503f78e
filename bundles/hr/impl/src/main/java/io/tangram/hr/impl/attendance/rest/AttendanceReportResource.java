package io.tangram.hr.impl.attendance.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.hr.impl.HrApplication;
import io.tangram.hr.impl.attendance.AttendancePermissions;
import io.tangram.hr.impl.attendance.AttendanceReport;
import io.tangram.hr.impl.attendance.AttendanceService;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/hr/reports/attendance?month=2026-11[&department=SALES]}: the month per employee and department totals. */
@Component(service = AttendanceReportResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("reports/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceReportResource {

    private final AttendanceService attendance;

    @Activate
    public AttendanceReportResource(@Reference AttendanceService attendance) {
        this.attendance = attendance;
    }

    @GET
    @RequiresPermission(AttendancePermissions.REPORT_READ)
    public AttendanceReport report(@QueryParam("companyId") Long companyId, @QueryParam("month") String month,
                                   @QueryParam("department") String department) {
        return attendance.report(Requests.company(companyId), Requests.month("month", month), department);
    }
}
