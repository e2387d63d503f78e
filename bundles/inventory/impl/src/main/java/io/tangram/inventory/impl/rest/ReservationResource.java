package io.tangram.inventory.impl.rest;

import java.math.BigDecimal;
import java.util.List;

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

import io.tangram.inventory.api.ReservationDto;
import io.tangram.inventory.api.ReservationInput;
import io.tangram.inventory.api.StockMoveDto;
import io.tangram.inventory.api.StockReservations;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/inventory/reservations}: stock held for documents, released or issued. */
@Component(service = ReservationResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationResource {

    /** How much of a reservation to issue. */
    public record IssueInput(BigDecimal quantity, String note) {
    }

    private final StockReservations reservations;

    @Activate
    public ReservationResource(@Reference StockReservations reservations) {
        this.reservations = reservations;
    }

    @GET
    @RequiresPermission(InventoryPermissions.STOCK_READ)
    public List<ReservationDto> forDocument(@QueryParam("companyId") Long companyId,
                                            @QueryParam("documentType") String documentType,
                                            @QueryParam("documentRef") String documentRef) {
        return reservations.forDocument(Params.company(companyId), documentType, documentRef);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(InventoryPermissions.STOCK_READ)
    public ReservationDto get(@PathParam("id") long id) {
        return reservations.get(id);
    }

    @POST
    @RequiresPermission(InventoryPermissions.RESERVATION_WRITE)
    public Response reserve(@QueryParam("companyId") Long companyId, ReservationInput input) {
        return Response.status(Response.Status.CREATED).entity(reservations.reserve(Params.company(companyId), input)).build();
    }

    @POST
    @Path("{id}/release")
    @RequiresPermission(InventoryPermissions.RESERVATION_WRITE)
    public ReservationDto release(@PathParam("id") long id) {
        return reservations.release(id);
    }

    @POST
    @Path("{id}/issue")
    @RequiresPermission(InventoryPermissions.RESERVATION_WRITE)
    public Response issue(@PathParam("id") long id, IssueInput input) {
        StockMoveDto move = reservations.issue(id, input == null ? null : input.quantity(), input == null ? null : input.note());
        return Response.status(Response.Status.CREATED).entity(move).build();
    }
}
