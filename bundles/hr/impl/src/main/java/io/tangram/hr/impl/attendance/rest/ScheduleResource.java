package io.tangram.hr.impl.attendance.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.hr.impl.HrApplication;
import io.tangram.hr.impl.attendance.AttendancePermissions;
import io.tangram.hr.impl.attendance.ScheduleAssignment;
import io.tangram.hr.impl.attendance.ScheduleInput;
import io.tangram.hr.impl.attendance.ScheduleService;
import io.tangram.hr.impl.attendance.WorkSchedule;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/attendance/schedules}: work schedules (班次) and who works which from when.
 */
@Component(service = ScheduleResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("attendance/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final ScheduleService schedules;

    @Activate
    public ScheduleResource(@Reference ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @RequiresPermission(AttendancePermissions.READ)
    public List<WorkSchedule> list(@QueryParam("companyId") Long companyId) {
        return schedules.schedules(Requests.company(companyId));
    }

    @POST
    @RequiresPermission(AttendancePermissions.MANAGE)
    public Response create(@QueryParam("companyId") Long companyId, ScheduleInput input) {
        return RequestParams.created(schedules.create(Requests.company(companyId), RequestParams.require(input)));
    }

    /** {@code ?employee=E0001}: the employee's assignments, oldest first. */
    @GET
    @Path("assignments")
    @RequiresPermission(AttendancePermissions.READ)
    public List<ScheduleAssignment> assignments(@QueryParam("companyId") Long companyId,
                                                @QueryParam("employee") String employee) {
        return schedules.assignments(Requests.company(companyId), employee);
    }

    /** {@code {"employee": "E0001", "schedule": "LATE", "from": "2026-11-16"}}. */
    @POST
    @Path("assignments")
    @RequiresPermission(AttendancePermissions.MANAGE)
    public Response assign(@QueryParam("companyId") Long companyId, Assignment body) {
        Assignment a = RequestParams.require(body);
        return RequestParams.created(schedules.assign(Requests.company(companyId), a.employee(), a.schedule(),
                RequestParams.date("from", a.from())));
    }

    @GET
    @Path("{code}")
    @RequiresPermission(AttendancePermissions.READ)
    public WorkSchedule get(@QueryParam("companyId") Long companyId, @PathParam("code") String code) {
        return schedules.schedule(Requests.company(companyId), code);
    }

    @PUT
    @Path("{code}")
    @RequiresPermission(AttendancePermissions.MANAGE)
    public WorkSchedule update(@QueryParam("companyId") Long companyId, @PathParam("code") String code,
                               ScheduleInput input) {
        return schedules.update(Requests.company(companyId), code, RequestParams.require(input));
    }

    /** The body of an assignment; {@code from} as {@code 2026-11-16}. */
    public record Assignment(String employee, String schedule, String from) {
    }
}
