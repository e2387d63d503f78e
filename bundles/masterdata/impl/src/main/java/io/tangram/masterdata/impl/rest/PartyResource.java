package io.tangram.masterdata.impl.rest;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyInput;
import io.tangram.masterdata.api.PartyRole;
import io.tangram.masterdata.api.PartyService;
import io.tangram.masterdata.impl.service.MasterDataPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Customers and suppliers at {@code /api/masterdata/parties}. */
@Component(service = PartyResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(MasterDataApplication.SELECT)
@Path("parties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyResource {

    private final PartyService parties;

    @Activate
    public PartyResource(@Reference PartyService parties) {
        this.parties = parties;
    }

    /** {@code role} = {@code CUSTOMER} or {@code SUPPLIER} narrows the list. */
    @GET
    @RequiresPermission(MasterDataPermissions.PARTY_READ)
    public Page<PartyDto> search(@QueryParam("companyId") Long companyId, @QueryParam("q") String q,
                                 @QueryParam("role") PartyRole role, @QueryParam("inactive") boolean inactive,
                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(offset, limit);
        return parties.search(companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId, q, role, inactive, page);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(MasterDataPermissions.PARTY_READ)
    public PartyDto get(@PathParam("id") long id) {
        return parties.get(id);
    }

    @POST
    @RequiresPermission(MasterDataPermissions.PARTY_WRITE)
    public Response create(PartyInput input, @Context UriInfo uri) {
        PartyDto created = parties.create(input);
        return Rest.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(MasterDataPermissions.PARTY_WRITE)
    public PartyDto update(@PathParam("id") long id, PartyInput input) {
        return parties.update(id, input);
    }

    /** Deactivates; the party stays for the documents that name it. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(MasterDataPermissions.PARTY_WRITE)
    public PartyDto deactivate(@PathParam("id") long id) {
        return parties.deactivate(id);
    }

    /** CSV upload; columns as documented on {@link PartyService#importCsv}. */
    @POST
    @Path("import")
    @Consumes({Rest.CSV, MediaType.TEXT_PLAIN})
    @RequiresPermission(MasterDataPermissions.PARTY_WRITE)
    public Rest.ImportReportView importCsv(InputStream body, @QueryParam("companyId") Long companyId,
                                           @QueryParam("mode") @DefaultValue("all-or-nothing") String mode,
                                           @Context HttpHeaders headers) {
        long company = companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
        return Rest.view(parties.importCsv(company, Rest.utf8(body), Rest.mode(mode)), headers);
    }
}
