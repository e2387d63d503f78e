package io.tangram.hr.impl.payroll.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import io.tangram.hr.impl.payroll.SalaryStructureService;
import io.tangram.hr.impl.payroll.SpecialDeduction;
import io.tangram.hr.impl.payroll.SpecialDeductionInput;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/** {@code /api/hr/payroll/deductions?employee=E0001}: an employee's special additional deductions (专项附加扣除). */
@Component(service = DeductionResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("payroll/deductions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeductionResource {

    private final SalaryStructureService structures;

    @Activate
    public DeductionResource(@Reference SalaryStructureService structures) {
        this.structures = structures;
    }

    @GET
    @RequiresPermission(PayrollPermissions.READ)
    public Page<SpecialDeduction> deductions(@QueryParam("companyId") Long companyId,
                                             @QueryParam("employee") String employee,
                                             @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return StructureResource.page(structures.deductions(PolicyResource.company(companyId), employee),
                RequestParams.page(offset, limit));
    }

    @POST
    @RequiresPermission(PayrollPermissions.MANAGE)
    public Response declare(SpecialDeductionInput input) {
        return RequestParams.created(structures.declare(RequestParams.require(input)));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(PayrollPermissions.MANAGE)
    public Response withdraw(@PathParam("id") long id) {
        structures.withdraw(id);
        return Response.noContent().build();
    }
}
