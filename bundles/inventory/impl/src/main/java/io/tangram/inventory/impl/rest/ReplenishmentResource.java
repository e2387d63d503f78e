package io.tangram.inventory.impl.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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

import io.tangram.inventory.api.PurchaseOrderDto;
import io.tangram.inventory.api.PurchaseSuggestion;
import io.tangram.inventory.api.Replenishment;
import io.tangram.inventory.api.SuggestionLine;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/inventory/replenishment}: what to buy (products at or below their reorder point) and
 * draft purchase orders made from suggestions and open requisitions.
 */
@Component(service = ReplenishmentResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("replenishment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReplenishmentResource {

    /** Suggestion lines and requisitions to turn into draft purchase orders, one per supplier and warehouse. */
    public record OrderInput(Long companyId, List<SuggestionLine> lines, List<Long> requisitionIds) {
    }

    private final Replenishment replenishment;

    @Activate
    public ReplenishmentResource(@Reference Replenishment replenishment) {
        this.replenishment = replenishment;
    }

    @GET
    @Path("suggestions")
    @RequiresPermission(InventoryPermissions.PURCHASE_READ)
    public List<PurchaseSuggestion> suggestions(@QueryParam("companyId") Long companyId,
                                                @QueryParam("warehouseId") Long warehouseId) {
        return replenishment.suggestions(Params.company(companyId), warehouseId);
    }

    @POST
    @Path("purchase-orders")
    @RequiresPermission(InventoryPermissions.REPLENISHMENT_WRITE)
    public Response createPurchaseOrders(OrderInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        List<PurchaseOrderDto> created = replenishment.createPurchaseOrders(Params.company(input.companyId()),
                input.lines(), input.requisitionIds());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
