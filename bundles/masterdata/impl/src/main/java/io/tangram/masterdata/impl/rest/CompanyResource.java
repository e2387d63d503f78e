package io.tangram.masterdata.impl.rest;

import io.tangram.masterdata.api.CompanyDto;
import io.tangram.masterdata.api.CompanyInput;
import io.tangram.masterdata.api.CompanyService;
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

/** Companies at {@code /api/masterdata/companies}. */
@Component(service = CompanyResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(MasterDataApplication.SELECT)
@Path("companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private final CompanyService companies;

    @Activate
    public CompanyResource(@Reference CompanyService companies) {
        this.companies = companies;
    }

    @GET
    @RequiresPermission(MasterDataPermissions.COMPANY_READ)
    public Page<CompanyDto> search(@QueryParam("q") String q, @QueryParam("inactive") boolean inactive,
                                   @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(offset, limit);
        return companies.search(q, inactive, page);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(MasterDataPermissions.COMPANY_READ)
    public CompanyDto get(@PathParam("id") long id) {
        return companies.get(id);
    }

    @POST
    @RequiresPermission(MasterDataPermissions.COMPANY_WRITE)
    public Response create(CompanyInput input, @Context UriInfo uri) {
        CompanyDto created = companies.create(input);
        return Rest.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(MasterDataPermissions.COMPANY_WRITE)
    public CompanyDto update(@PathParam("id") long id, CompanyInput input) {
        return companies.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(MasterDataPermissions.COMPANY_WRITE)
    public CompanyDto deactivate(@PathParam("id") long id) {
        return companies.deactivate(id);
    }
}
