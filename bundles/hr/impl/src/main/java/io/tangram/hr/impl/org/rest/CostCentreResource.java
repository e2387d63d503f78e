package io.tangram.hr.impl.org.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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

import io.tangram.hr.impl.HrApplication;
import io.tangram.hr.impl.org.CostCentreDto;
import io.tangram.hr.impl.org.CostCentreInput;
import io.tangram.hr.impl.org.OrgPermissions;
import io.tangram.hr.impl.org.OrganisationService;
import io.tangram.hr.impl.org.Saved;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/** {@code /api/hr/cost-centres}: cost centres by code; {@code PUT /{code}} creates (201) or changes one. */
@Component(service = CostCentreResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("cost-centres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CostCentreResource {

    private final OrganisationService organisation;

    @Activate
    public CostCentreResource(@Reference OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GET
    @RequiresPermission(OrgPermissions.ORG_READ)
    public List<CostCentreDto> list(@QueryParam("companyId") Long companyId) {
        return organisation.costCentres(DepartmentResource.company(companyId));
    }

    @PUT
    @Path("{code}")
    @RequiresPermission(OrgPermissions.ORG_MANAGE)
    public Response save(@PathParam("code") String code, CostCentreInput input) {
        Saved<CostCentreDto> saved = organisation.saveCostCentre(code, RequestParams.require(input));
        return saved.created() ? RequestParams.created(saved.value()) : Response.ok(saved.value()).build();
    }
}
