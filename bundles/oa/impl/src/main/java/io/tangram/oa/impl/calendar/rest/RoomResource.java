package io.tangram.oa.impl.calendar.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.calendar.BookingDto;
import io.tangram.oa.impl.calendar.BookingInput;
import io.tangram.oa.impl.calendar.CalendarPermissions;
import io.tangram.oa.impl.calendar.Moments;
import io.tangram.oa.impl.calendar.RoomDto;
import io.tangram.oa.impl.calendar.RoomInput;
import io.tangram.oa.impl.calendar.RoomService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/rooms}: meeting rooms, the free ones for a span ({@code /rooms/free}), and each
 * room's bookings ({@code /rooms/{code}/bookings}). Times are ISO instants ({@code …Z}), with an
 * offset, or local {@code 2026-12-01T14:00} in Asia/Shanghai.
 */
@Component(service = RoomResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomResource {

    private final RoomService rooms;

    @Activate
    public RoomResource(@Reference RoomService rooms) {
        this.rooms = rooms;
    }

    /** By code; {@code active=true} leaves out rooms out of service. */
    @GET
    @RequiresPermission(CalendarPermissions.CALENDAR_READ)
    public List<RoomDto> list(@QueryParam("companyId") Long companyId, @QueryParam("active") Boolean active) {
        return rooms.list(company(companyId), Boolean.TRUE.equals(active));
    }

    @POST
    @RequiresPermission(CalendarPermissions.ROOM_ADMIN)
    public Response create(RoomInput input) {
        return RequestParams.created(rooms.create(RequestParams.require(input)));
    }

    /**
     * Active rooms free for the whole span with at least {@code capacity} seats and all the
     * {@code equipment} ({@code ?equipment=projector,video} or repeated), smallest first.
     */
    @GET
    @Path("free")
    @RequiresPermission(CalendarPermissions.CALENDAR_READ)
    public List<RoomDto> free(@QueryParam("companyId") Long companyId, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("capacity") Integer capacity,
                              @QueryParam("equipment") List<String> equipment) {
        List<String> items = new ArrayList<>();
        if (equipment != null) {
            equipment.forEach(e -> items.addAll(List.of(e.split(","))));
        }
        return rooms.free(company(companyId), Moments.parse("from", from), Moments.parse("to", to), capacity, items);
    }

    @GET
    @Path("{code}")
    @RequiresPermission(CalendarPermissions.CALENDAR_READ)
    public RoomDto get(@PathParam("code") String code, @QueryParam("companyId") Long companyId) {
        return rooms.get(company(companyId), code);
    }

    @PUT
    @Path("{code}")
    @RequiresPermission(CalendarPermissions.ROOM_ADMIN)
    public RoomDto update(@PathParam("code") String code, @QueryParam("companyId") Long companyId, RoomInput input) {
        return rooms.update(company(companyId), code, RequestParams.require(input));
    }

    /**
     * The bookings of one day ({@code ?date=2026-12-01}, today by default) or of a span
     * ({@code ?from=&to=}), by start; {@code cancelled=true} shows cancelled ones too.
     */
    @GET
    @Path("{code}/bookings")
    @RequiresPermission(CalendarPermissions.CALENDAR_READ)
    public List<BookingDto> bookings(@PathParam("code") String code, @QueryParam("companyId") Long companyId,
                                     @QueryParam("date") String date, @QueryParam("from") String from,
                                     @QueryParam("to") String to, @QueryParam("cancelled") Boolean cancelled) {
        Instant start = Moments.parse("from", from);
        Instant end = Moments.parse("to", to);
        if (start == null && end == null) {
            LocalDate day = RequestParams.date("date", date);
            LocalDate d = day == null ? LocalDate.now(RoomService.BUSINESS_ZONE) : day;
            start = d.atStartOfDay(RoomService.BUSINESS_ZONE).toInstant();
            end = d.plusDays(1).atStartOfDay(RoomService.BUSINESS_ZONE).toInstant();
        } else if (date != null) {
            throw ValidationException.of("date", Text.of("give either a date or from and to", "请填写日期，或起止时间"));
        }
        return rooms.bookings(company(companyId), code, start, end, Boolean.TRUE.equals(cancelled));
    }

    /** {@code {"start":"2026-12-01T06:00:00Z","end":"2026-12-01T07:00:00Z","title":"Weekly sales","attendees":6}}. */
    @POST
    @Path("{code}/bookings")
    @RequiresPermission(CalendarPermissions.ROOM_BOOK)
    public Response book(@PathParam("code") String code, @QueryParam("companyId") Long companyId, BookingInput input) {
        return RequestParams.created(rooms.book(company(companyId), code, RequestParams.require(input)));
    }

    @POST
    @Path("{code}/bookings/{id}/cancel")
    @RequiresPermission(CalendarPermissions.ROOM_BOOK)
    public BookingDto cancel(@PathParam("code") String code, @PathParam("id") long id,
                             @QueryParam("companyId") Long companyId) {
        return rooms.cancel(company(companyId), code, id);
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }
}
