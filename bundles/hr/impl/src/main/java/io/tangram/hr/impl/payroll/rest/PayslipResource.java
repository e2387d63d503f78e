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
import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.payroll.PayrollService;
import io.tangram.hr.impl.payroll.Payslip;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/hr/payslips/me?period=2026-11}: the caller's own payslips of approved and posted runs. */
@Component(service = PayslipResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("payslips")
@Produces(MediaType.APPLICATION_JSON)
public class PayslipResource {

    private final PayrollService payroll;

    @Activate
    public PayslipResource(@Reference PayrollService payroll) {
        this.payroll = payroll;
    }

    @GET
    @Path("me")
    @RequiresPermission(SelfServicePermissions.SELF)
    public List<Payslip> mine(@QueryParam("companyId") Long companyId, @QueryParam("period") String period) {
        return payroll.mine(PolicyResource.company(companyId), period);
    }
}
