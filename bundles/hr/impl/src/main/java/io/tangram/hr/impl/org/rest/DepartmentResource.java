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
import io.tangram.hr.impl.org.DepartmentDto;
import io.tangram.hr.impl.org.DepartmentInput;
import io.tangram.hr.impl.org.OrgPermissions;
import io.tangram.hr.impl.org.OrganisationService;
import io.tangram.hr.impl.org.Saved;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/departments}: the department tree ({@code ?view=flat} for a plain list by code,
 * {@code ?inactive=true} to include deactivated ones); {@code PUT /{code}} creates (201) or changes one.
 */
@Component(service = DepartmentResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    /** How departments are listed. */
    public enum View { TREE, FLAT }

    private final OrganisationService organisation;

    @Activate
    public DepartmentResource(@Reference OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GET
    @RequiresPermission(OrgPermissions.ORG_READ)
    public List<DepartmentDto> list(@QueryParam("companyId") Long companyId, @QueryParam("view") String view,
                                    @QueryParam("inactive") Boolean inactive) {
        View v = RequestParams.choice("view", view, View.class);
        return organisation.departments(company(companyId), v != View.FLAT, Boolean.TRUE.equals(inactive));
    }

    @GET
    @Path("{code}")
    @RequiresPermission(OrgPermissions.ORG_READ)
    public DepartmentDto get(@PathParam("code") String code, @QueryParam("companyId") Long companyId) {
        return organisation.department(company(companyId), code);
    }

    @PUT
    @Path("{code}")
    @RequiresPermission(OrgPermissions.ORG_MANAGE)
    public Response save(@PathParam("code") String code, DepartmentInput input) {
        Saved<DepartmentDto> saved = organisation.saveDepartment(code, RequestParams.require(input));
        return saved.created() ? RequestParams.created(saved.value()) : Response.ok(saved.value()).build();
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }
}
