package io.tangram.hr.impl.payroll.rest;

import java.util.List;

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

/**
 * {@code /api/hr/reports/labour-cost?from=2026-01&to=2026-12}: gross + employer social insurance +
 * employer housing fund per cost centre and month; also needs {@code hr.report.read}.
 */
@Component(service = LabourCostReportResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("reports/labour-cost")
@Produces(MediaType.APPLICATION_JSON)
public class LabourCostReportResource {

    private final PayrollReports reports;

    @Activate
    public LabourCostReportResource(@Reference PayrollReports reports) {
        this.reports = reports;
    }

    @GET
    @RequiresPermission(PayrollPermissions.READ)
    public List<PayrollReports.LabourCostLine> labourCost(@QueryParam("companyId") Long companyId,
                                                          @QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.labourCost(PolicyResource.company(companyId), from, to);
    }
}
