package io.tangram.hr.impl.payroll.rest;

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

import io.tangram.hr.impl.HrApplication;
import io.tangram.hr.impl.payroll.PayrollPermissions;
import io.tangram.hr.impl.payroll.PolicyService;
import io.tangram.hr.impl.payroll.SocialInsurancePolicy;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/** {@code /api/hr/payroll/policies}: social insurance and housing fund policies per city and effective date. */
@Component(service = PolicyResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("payroll/policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final PolicyService policies;

    @Activate
    public PolicyResource(@Reference PolicyService policies) {
        this.policies = policies;
    }

    @GET
    @RequiresPermission(PayrollPermissions.READ)
    public Page<SocialInsurancePolicy> list(@QueryParam("companyId") Long companyId, @QueryParam("offset") Integer offset,
                                            @QueryParam("limit") Integer limit) {
        return policies.list(company(companyId), RequestParams.page(offset, limit));
    }

    @POST
    @RequiresPermission(PayrollPermissions.MANAGE)
    public Response create(SocialInsurancePolicy input) {
        return RequestParams.created(policies.create(RequestParams.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(PayrollPermissions.READ)
    public SocialInsurancePolicy get(@PathParam("id") long id) {
        return policies.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(PayrollPermissions.MANAGE)
    public SocialInsurancePolicy update(@PathParam("id") long id, SocialInsurancePolicy input) {
        return policies.update(id, RequestParams.require(input));
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }
}
