package io.tangram.hr.impl.leave.rest;

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
import io.tangram.hr.impl.leave.BalanceLine;
import io.tangram.hr.impl.leave.LeaveBalanceService;
import io.tangram.hr.impl.leave.LeavePermissions;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/reports/leave-balances?on=2026-11-30[&department=SALES]}: per employee and leave type
 * the entitlement, accrued, taken and available days.
 */
@Component(service = LeaveReportResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("reports/leave-balances")
@Produces(MediaType.APPLICATION_JSON)
public class LeaveReportResource {

    private final LeaveBalanceService balances;

    @Activate
    public LeaveReportResource(@Reference LeaveBalanceService balances) {
        this.balances = balances;
    }

    @GET
    @RequiresPermission(LeavePermissions.REPORT_READ)
    public List<BalanceLine> report(@QueryParam("companyId") Long companyId, @QueryParam("on") String on,
                                    @QueryParam("department") String department) {
        return balances.report(companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId,
                RequestParams.date("on", on), department);
    }
}
