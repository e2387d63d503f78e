package io.tangram.hr.impl.employee.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.hr.impl.HrApplication;
import io.tangram.hr.impl.employee.EmployeePermissions;
import io.tangram.hr.impl.employee.HeadcountReport;
import io.tangram.hr.impl.employee.HeadcountService;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/** {@code GET /api/hr/reports/headcount?from=2026-01&to=2026-12}: headcount and turnover by department and month. */
@Component(service = HeadcountResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("reports/headcount")
@Produces(MediaType.APPLICATION_JSON)
public class HeadcountResource {

    private final HeadcountService headcount;

    @Activate
    public HeadcountResource(@Reference HeadcountService headcount) {
        this.headcount = headcount;
    }

    @GET
    @RequiresPermission(EmployeePermissions.REPORT_READ)
    public HeadcountReport report(@QueryParam("companyId") Long companyId, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return headcount.report(EmployeeResource.company(companyId), RequestParams.month("from", from), RequestParams.month("to", to));
    }
}
