package io.tangram.hr.impl.payroll.rest;

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
import io.tangram.hr.impl.payroll.PayrollPermissions;
import io.tangram.hr.impl.payroll.PayrollReports;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/hr/reports/payroll?period=2026-11}: a month's payroll by department; also needs {@code hr.report.read}. */
@Component(service = PayrollReportResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("reports/payroll")
@Produces(MediaType.APPLICATION_JSON)
public class PayrollReportResource {

    private final PayrollReports reports;

    @Activate
    public PayrollReportResource(@Reference PayrollReports reports) {
        this.reports = reports;
    }

    @GET
    @RequiresPermission(PayrollPermissions.READ)
    public PayrollReports.PayrollSummary payroll(@QueryParam("companyId") Long companyId,
                                                 @QueryParam("period") String period) {
        return reports.payroll(PolicyResource.company(companyId), period);
    }
}
