package io.tangram.masterdata.impl.rest;

import io.tangram.masterdata.api.UnitDto;
import io.tangram.masterdata.api.ReferenceDataService;
import io.tangram.masterdata.impl.service.MasterDataPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Units of measure at {@code /api/masterdata/units}, addressed by code. */
@Component(service = UnitResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(MasterDataApplication.SELECT)
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final ReferenceDataService reference;

    @Activate
    public UnitResource(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    @GET
    @RequiresPermission(MasterDataPermissions.REFERENCE_READ)
    public Page<UnitDto> search(@QueryParam("q") String q, @QueryParam("inactive") boolean inactive,
                           @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(offset, limit);
        return reference.units(q, inactive, page);
    }

    @GET
    @Path("{code}")
    @RequiresPermission(MasterDataPermissions.REFERENCE_READ)
    public UnitDto get(@PathParam("code") String code) {
        return reference.unit(code);
    }

    @POST
    @RequiresPermission(MasterDataPermissions.REFERENCE_WRITE)
    public Response create(UnitDto input, @Context UriInfo uri) {
        UnitDto created = reference.createUnit(input);
        return Rest.created(uri, created.code(), created);
    }

    @PUT
    @Path("{code}")
    @RequiresPermission(MasterDataPermissions.REFERENCE_WRITE)
    public UnitDto update(@PathParam("code") String code, UnitDto input) {
        return reference.updateUnit(code, input);
    }

    @DELETE
    @Path("{code}")
    @RequiresPermission(MasterDataPermissions.REFERENCE_WRITE)
    public UnitDto deactivate(@PathParam("code") String code) {
        return reference.deactivateUnit(code);
    }
}
