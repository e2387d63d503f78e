package io.tangram.masterdata.impl.rest;

import io.tangram.masterdata.api.TaxRateDto;
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

/** Tax rates at {@code /api/masterdata/tax-rates}, addressed by code. */
@Component(service = TaxRateResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(MasterDataApplication.SELECT)
@Path("tax-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaxRateResource {

    private final ReferenceDataService reference;

    @Activate
    public TaxRateResource(@Reference ReferenceDataService reference) {
        this.reference = reference;
    }

    @GET
    @RequiresPermission(MasterDataPermissions.REFERENCE_READ)
    public Page<TaxRateDto> search(@QueryParam("q") String q, @QueryParam("inactive") boolean inactive,
                           @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(offset, limit);
        return reference.taxRates(q, inactive, page);
    }

    @GET
    @Path("{code}")
    @RequiresPermission(MasterDataPermissions.REFERENCE_READ)
    public TaxRateDto get(@PathParam("code") String code) {
        return reference.taxRate(code);
    }

    @POST
    @RequiresPermission(MasterDataPermissions.REFERENCE_WRITE)
    public Response create(TaxRateDto input, @Context UriInfo uri) {
        TaxRateDto created = reference.createTaxRate(input);
        return Rest.created(uri, created.code(), created);
    }

    @PUT
    @Path("{code}")
    @RequiresPermission(MasterDataPermissions.REFERENCE_WRITE)
    public TaxRateDto update(@PathParam("code") String code, TaxRateDto input) {
        return reference.updateTaxRate(code, input);
    }

    @DELETE
    @Path("{code}")
    @RequiresPermission(MasterDataPermissions.REFERENCE_WRITE)
    public TaxRateDto deactivate(@PathParam("code") String code) {
        return reference.deactivateTaxRate(code);
    }
}
