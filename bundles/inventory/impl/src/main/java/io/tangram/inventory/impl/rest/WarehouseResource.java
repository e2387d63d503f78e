package io.tangram.inventory.impl.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import io.tangram.inventory.api.WarehouseDto;
import io.tangram.inventory.api.WarehouseInput;
import io.tangram.inventory.api.WarehouseService;
import io.tangram.inventory.impl.service.InventoryPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/inventory/warehouses}: warehouses and their locations. */
@Component(service = WarehouseResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(InventoryApplication.SELECT)
@Path("warehouses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarehouseResource {

    private final WarehouseService warehouses;

    @Activate
    public WarehouseResource(@Reference WarehouseService warehouses) {
        this.warehouses = warehouses;
    }

    @GET
    @RequiresPermission(InventoryPermissions.WAREHOUSE_READ)
    public List<WarehouseDto> list(@QueryParam("companyId") Long companyId, @QueryParam("inactive") boolean inactive) {
        return warehouses.list(Params.company(companyId), inactive);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(InventoryPermissions.WAREHOUSE_READ)
    public WarehouseDto get(@PathParam("id") long id) {
        return warehouses.get(id);
    }

    @POST
    @RequiresPermission(InventoryPermissions.WAREHOUSE_WRITE)
    public Response create(WarehouseInput input) {
        return Response.status(Response.Status.CREATED).entity(warehouses.create(input)).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(InventoryPermissions.WAREHOUSE_WRITE)
    public WarehouseDto update(@PathParam("id") long id, WarehouseInput input) {
        return warehouses.update(id, input);
    }

    /** Deactivates (never deletes) an empty warehouse. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(InventoryPermissions.WAREHOUSE_WRITE)
    public WarehouseDto deactivate(@PathParam("id") long id) {
        return warehouses.deactivate(id);
    }
}
