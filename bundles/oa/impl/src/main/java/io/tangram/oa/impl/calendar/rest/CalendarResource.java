package io.tangram.oa.impl.calendar.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Produces;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.calendar.CalendarPermissions;
import io.tangram.oa.impl.calendar.CalendarService;
import io.tangram.oa.impl.calendar.Occurrence;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code GET /api/oa/calendar?from=2026-12-01&to=2026-12-31}: the caller's (or {@code ?user=}'s)
 * occurrences in the range, recurring events expanded, by start.
 */
@Component(service = CalendarResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final CalendarService calendar;

    @Activate
    public CalendarResource(@Reference CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @RequiresPermission(CalendarPermissions.CALENDAR_READ)
    public List<Occurrence> calendar(@QueryParam("companyId") Long companyId, @QueryParam("user") String user,
                                     @QueryParam("from") String from, @QueryParam("to") String to) {
        return calendar.calendar(RoomResource.company(companyId), user, RequestParams.date("from", from),
                RequestParams.date("to", to));
    }
}
