package io.tangram.inventory.impl.rest;

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

import io.tangram.inventory.api.Replenishment;
import io.tangram.inventory.api.RequisitionDto;
import io.tangram.inventory.api.RequisitionStatus;
import io.tangram.inventory.api.ShortageInput;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/inventory/requisitions}: shortages waiting to be ordered. */
@Component(service = RequisitionResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("requisitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequisitionResource {

    /** Why a requisition is no longer needed. */
    public record Reason(String reason) {
    }

    private final Replenishment replenishment;

    @Activate
    public RequisitionResource(@Reference Replenishment replenishment) {
        this.replenishment = replenishment;
    }

    @GET
    @RequiresPermission(InventoryPermissions.PURCHASE_READ)
    public List<RequisitionDto> list(@QueryParam("companyId") Long companyId, @QueryParam("status") RequisitionStatus status) {
        return replenishment.requisitions(Params.company(companyId), status);
    }

    /** Reports a shortage (e.g. of a sales order) as an open requisition. */
    @POST
    @RequiresPermission(InventoryPermissions.REPLENISHMENT_WRITE)
    public Response reportShortage(@QueryParam("companyId") Long companyId, ShortageInput input) {
        return Response.status(Response.Status.CREATED).entity(replenishment.reportShortage(Params.company(companyId), input))
                .build();
    }

    @POST
    @Path("{id}/cancel")
    @RequiresPermission(InventoryPermissions.REPLENISHMENT_WRITE)
    public RequisitionDto cancel(@PathParam("id") long id, Reason reason) {
        return replenishment.cancelRequisition(id, reason == null ? null : reason.reason());
    }
}
