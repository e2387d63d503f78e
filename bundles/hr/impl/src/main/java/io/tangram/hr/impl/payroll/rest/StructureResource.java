package io.tangram.hr.impl.payroll.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import io.tangram.hr.impl.payroll.SalaryStructure;
import io.tangram.hr.impl.payroll.SalaryStructureInput;
import io.tangram.hr.impl.payroll.SalaryStructureService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/** {@code /api/hr/payroll/structures?employee=E0001}: salary structures of an employee, newest first. */
@Component(service = StructureResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("payroll/structures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StructureResource {

    private final SalaryStructureService structures;

    @Activate
    public StructureResource(@Reference SalaryStructureService structures) {
        this.structures = structures;
    }

    @GET
    @RequiresPermission(PayrollPermissions.READ)
    public Page<SalaryStructure> structures(@QueryParam("companyId") Long companyId,
                                            @QueryParam("employee") String employee,
                                            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return page(structures.structures(PolicyResource.company(companyId), employee), RequestParams.page(offset, limit));
    }

    /** Saves the structure from its {@code fromMonth}, replacing one saved for the same month. */
    @POST
    @RequiresPermission(PayrollPermissions.MANAGE)
    public Response save(SalaryStructureInput input) {
        return RequestParams.created(structures.save(RequestParams.require(input)));
    }

    /** One page of a short list read whole. */
    static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return new Page<>(all.subList(from, to), all.size(), page.offset(), page.limit());
    }
}
