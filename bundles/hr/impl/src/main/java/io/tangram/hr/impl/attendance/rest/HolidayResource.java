package io.tangram.hr.impl.attendance.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import io.tangram.hr.impl.attendance.Holiday;
import io.tangram.hr.impl.attendance.ScheduleService;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/** {@code /api/hr/attendance/holidays/{year}}: a year's public holidays (法定节假日) and make-up working days (调休). */
@Component(service = HolidayResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("attendance/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidayResource {

    private final ScheduleService schedules;

    @Activate
    public HolidayResource(@Reference ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @Path("{year}")
    @RequiresPermission(AttendancePermissions.READ)
    public List<Holiday> holidays(@QueryParam("companyId") Long companyId, @PathParam("year") int year) {
        return schedules.holidays(Requests.company(companyId), year);
    }

    /** Replaces the year's list: {@code [{"date": "2026-10-01", "kind": "HOLIDAY", "name": "National Day", "nameZh": "国庆节"}]}. */
    @PUT
    @Path("{year}")
    @RequiresPermission(AttendancePermissions.MANAGE)
    public List<Holiday> replace(@QueryParam("companyId") Long companyId, @PathParam("year") int year,
                                 List<Holiday> days) {
        return schedules.replaceHolidays(Requests.company(companyId), year, RequestParams.require(days));
    }
}
