package io.tangram.hr.impl.attendance.rest;

import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.attendance.AttendanceDay;
import io.tangram.hr.impl.attendance.AttendancePermissions;
import io.tangram.hr.impl.attendance.AttendanceService;
import io.tangram.hr.impl.attendance.ClockInput;
import io.tangram.hr.impl.attendance.ClockRecord;
import io.tangram.hr.impl.attendance.ComputeResult;
import io.tangram.hr.impl.attendance.EmployeeMonth;
import io.tangram.hr.impl.attendance.ImportResult;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/attendance}: clocking in and out, clock records (entered or imported from devices
 * as CSV), daily results and monthly summaries; {@code me/…} is the caller's own attendance.
 */
@Component(service = AttendanceResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    private final AttendanceService attendance;

    @Activate
    public AttendanceResource(@Reference AttendanceService attendance) {
        this.attendance = attendance;
    }

    /** The caller clocks in or out now; optional body {@code {"device": "web"}}. */
    @POST
    @Path("clock")
    @RequiresPermission(SelfServicePermissions.SELF)
    public Response clock(Clocking body) {
        return RequestParams.created(attendance.clockNow(body == null ? null : body.device()));
    }

    /** HR enters a punch: {@code {"employee": "E0001", "time": "2026-11-02T08:57", "device": "desk"}}. */
    @POST
    @Path("clock-records")
    @RequiresPermission(AttendancePermissions.MANAGE)
    public Response enter(@QueryParam("companyId") Long companyId, ClockInput input) {
        return RequestParams.created(attendance.enter(Requests.company(companyId), RequestParams.require(input)));
    }

    @GET
    @Path("clock-records")
    @RequiresPermission(AttendancePermissions.READ)
    public Page<ClockRecord> clockRecords(@QueryParam("companyId") Long companyId, @QueryParam("employee") String employee,
                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return attendance.clockRecords(Requests.company(companyId), employee, RequestParams.date("from", from),
                RequestParams.date("to", to), RequestParams.page(offset, limit));
    }

    /** A device file, {@code Content-Type: text/csv}, UTF-8, header {@code employee,time[,device]}: all or nothing. */
    @POST
    @Path("clock-records/import")
    @Consumes({Requests.CSV, MediaType.TEXT_PLAIN})
    @RequiresPermission(AttendancePermissions.MANAGE)
    public ImportResult importCsv(@QueryParam("companyId") Long companyId, InputStream body) {
        return attendance.importCsv(Requests.company(companyId), Requests.text(body));
    }

    /** Recomputes {@code ?from=&to=[&employee=]} (no body). */
    @POST
    @Path("compute")
    @RequiresPermission(AttendancePermissions.MANAGE)
    public ComputeResult compute(@QueryParam("companyId") Long companyId, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("employee") String employee) {
        return attendance.compute(Requests.company(companyId), RequestParams.date("from", from),
                RequestParams.date("to", to), employee);
    }

    @GET
    @Path("days")
    @RequiresPermission(AttendancePermissions.READ)
    public Page<AttendanceDay> days(@QueryParam("companyId") Long companyId, @QueryParam("employee") String employee,
                                    @QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return attendance.days(Requests.company(companyId), employee, RequestParams.date("from", from),
                RequestParams.date("to", to), RequestParams.page(offset, limit));
    }

    /** {@code ?employee=E0001}: that employee's month; without it a page of everyone employed in the month. */
    @GET
    @Path("months/{month}")
    @RequiresPermission(AttendancePermissions.READ)
    public Object month(@QueryParam("companyId") Long companyId, @PathParam("month") String month,
                        @QueryParam("employee") String employee, @QueryParam("offset") Integer offset,
                        @QueryParam("limit") Integer limit) {
        long company = Requests.company(companyId);
        if (employee != null && !employee.isBlank()) {
            return attendance.month(company, employee, Requests.month("month", month));
        }
        return attendance.months(company, Requests.month("month", month), RequestParams.page(offset, limit));
    }

    @GET
    @Path("me/days")
    @RequiresPermission(SelfServicePermissions.SELF)
    public Page<AttendanceDay> myDays(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return attendance.myDays(RequestParams.date("from", from), RequestParams.date("to", to),
                RequestParams.page(offset, limit));
    }

    @GET
    @Path("me/months/{month}")
    @RequiresPermission(SelfServicePermissions.SELF)
    public EmployeeMonth myMonth(@PathParam("month") String month) {
        return attendance.myMonth(Requests.month("month", month));
    }

    /** The optional body of a clock-in. */
    public record Clocking(String device) {
    }
}
