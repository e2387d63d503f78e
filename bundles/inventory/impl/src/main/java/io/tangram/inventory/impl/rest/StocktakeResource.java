package io.tangram.inventory.impl.rest;

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

import io.tangram.inventory.api.CountInput;
import io.tangram.inventory.api.StocktakeDto;
import io.tangram.inventory.api.StocktakeStatus;
import io.tangram.inventory.api.Stocktakes;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/inventory/stocktakes}: count sheets of a warehouse, counts, posting of the variances.
 * The list gives the sheets without their lines; {@code GET {id}} gives the whole sheet.
 */
@Component(service = StocktakeResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("stocktakes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StocktakeResource {

    /** What a clerk enters to open a count sheet; {@code category} is optional. */
    public record OpenInput(Long companyId, Long warehouseId, String category) {
    }

    private final Stocktakes stocktakes;

    @Activate
    public StocktakeResource(@Reference Stocktakes stocktakes) {
        this.stocktakes = stocktakes;
    }

    @GET
    @RequiresPermission(InventoryPermissions.STOCK_READ)
    public List<StocktakeDto> list(@QueryParam("companyId") Long companyId, @QueryParam("status") StocktakeStatus status) {
        return stocktakes.list(Params.company(companyId), status);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(InventoryPermissions.STOCK_READ)
    public StocktakeDto get(@PathParam("id") long id) {
        return stocktakes.get(id);
    }

    @POST
    @RequiresPermission(InventoryPermissions.STOCKTAKE_WRITE)
    public Response open(OpenInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        if (input.warehouseId() == null) {
            throw ValidationException.of("warehouseId", Text.of("is required", "必填"));
        }
        StocktakeDto opened = stocktakes.open(Params.company(input.companyId()), input.warehouseId(), input.category());
        return Response.status(Response.Status.CREATED).entity(opened).build();
    }

    @PUT
    @Path("{id}/counts")
    @RequiresPermission(InventoryPermissions.STOCKTAKE_WRITE)
    public StocktakeDto enterCounts(@PathParam("id") long id, List<CountInput> counts) {
        return stocktakes.enterCounts(id, counts);
    }

    @POST
    @Path("{id}/post")
    @RequiresPermission(InventoryPermissions.STOCKTAKE_POST)
    public StocktakeDto post(@PathParam("id") long id) {
        return stocktakes.post(id);
    }

    @POST
    @Path("{id}/cancel")
    @RequiresPermission(InventoryPermissions.STOCKTAKE_POST)
    public StocktakeDto cancel(@PathParam("id") long id) {
        return stocktakes.cancel(id);
    }
}
