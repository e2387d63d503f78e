package io.tangram.oa.impl.calendar.rest;

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

import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.calendar.AttendanceStatus;
import io.tangram.oa.impl.calendar.CalendarPermissions;
import io.tangram.oa.impl.calendar.CalendarService;
import io.tangram.oa.impl.calendar.EventDto;
import io.tangram.oa.impl.calendar.EventInput;
import io.tangram.oa.impl.calendar.Occurrence;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/events}: events organised by the caller, with attendees, an optional room booked for
 * every occurrence and an optional rule; answers to invitations; cancelling an event or one occurrence.
 */
@Component(service = EventResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    private final CalendarService calendar;

    @Activate
    public EventResource(@Reference CalendarService calendar) {
        this.calendar = calendar;
    }

    @POST
    @RequiresPermission(CalendarPermissions.CALENDAR_WRITE)
    public Response create(EventInput input) {
        return RequestParams.created(calendar.create(RequestParams.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CalendarPermissions.CALENDAR_READ)
    public EventDto get(@PathParam("id") long id) {
        return calendar.get(id);
    }

    /** Title, location, description and attendees. */
    @PUT
    @Path("{id}")
    @RequiresPermission(CalendarPermissions.CALENDAR_WRITE)
    public EventDto update(@PathParam("id") long id, EventInput input) {
        return calendar.update(id, RequestParams.require(input));
    }

    /** The occurrences from day {@code from} to day {@code to} (Asia/Shanghai, inclusive). */
    @GET
    @Path("{id}/occurrences")
    @RequiresPermission(CalendarPermissions.CALENDAR_READ)
    public List<Occurrence> occurrences(@PathParam("id") long id, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        return calendar.occurrences(id, RequestParams.date("from", from), RequestParams.date("to", to));
    }

    /** {@code {"status": "ACCEPTED"}} (or DECLINED, TENTATIVE), as the caller. */
    @POST
    @Path("{id}/respond")
    @RequiresPermission(CalendarPermissions.CALENDAR_WRITE)
    public EventDto respond(@PathParam("id") long id, Answer body) {
        return calendar.respond(id, RequestParams.require(body).status());
    }

    @POST
    @Path("{id}/cancel")
    @RequiresPermission(CalendarPermissions.CALENDAR_WRITE)
    public EventDto cancel(@PathParam("id") long id) {
        return calendar.cancel(id);
    }

    /** Cancels the occurrence of day {@code date} (its local start day). */
    @POST
    @Path("{id}/occurrences/{date}/cancel")
    @RequiresPermission(CalendarPermissions.CALENDAR_WRITE)
    public EventDto cancelOccurrence(@PathParam("id") long id, @PathParam("date") String date) {
        return calendar.cancelOccurrence(id, RequestParams.date("date", date));
    }

    /** The body of an answer to an invitation. */
    public record Answer(AttendanceStatus status) {
    }
}
