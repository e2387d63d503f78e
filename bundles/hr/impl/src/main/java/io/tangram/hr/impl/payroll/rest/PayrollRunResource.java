package io.tangram.hr.impl.payroll.rest;

import java.util.List;

import javax.ws.rs.Consumes;
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
import io.tangram.hr.impl.payroll.PayrollRun;
import io.tangram.hr.impl.payroll.PayrollService;
import io.tangram.hr.impl.payroll.Payslip;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/payroll/runs}: a company's monthly payroll ({@code POST {"period": "2026-11"}}),
 * its steps ({@code /{number}/recompute|review|approve|post}), payslips and the bank file.
 */
@Component(service = PayrollRunResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("payroll/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayrollRunResource {

    private final PayrollService payroll;

    @Activate
    public PayrollRunResource(@Reference PayrollService payroll) {
        this.payroll = payroll;
    }

    @GET
    @RequiresPermission(PayrollPermissions.READ)
    public Page<PayrollRun> runs(@QueryParam("companyId") Long companyId, @QueryParam("offset") Integer offset,
                                 @QueryParam("limit") Integer limit) {
        return payroll.runs(PolicyResource.company(companyId), RequestParams.page(offset, limit));
    }

    @POST
    @RequiresPermission(PayrollPermissions.MANAGE)
    public Response create(RunRequest body) {
        RunRequest in = RequestParams.require(body);
        return RequestParams.created(payroll.create(PolicyResource.company(in.companyId()), in.period()));
    }

    @GET
    @Path("{number}")
    @RequiresPermission(PayrollPermissions.READ)
    public PayrollRun get(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return payroll.get(PolicyResource.company(companyId), number);
    }

    @POST
    @Path("{number}/recompute")
    @RequiresPermission(PayrollPermissions.MANAGE)
    public PayrollRun recompute(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return payroll.recompute(PolicyResource.company(companyId), number);
    }

    @POST
    @Path("{number}/review")
    @RequiresPermission(PayrollPermissions.MANAGE)
    public PayrollRun review(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return payroll.review(PolicyResource.company(companyId), number);
    }

    @POST
    @Path("{number}/approve")
    @RequiresPermission(PayrollPermissions.APPROVE)
    public PayrollRun approve(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return payroll.approve(PolicyResource.company(companyId), number);
    }

    @POST
    @Path("{number}/post")
    @RequiresPermission(PayrollPermissions.POST)
    public PayrollRun post(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return payroll.post(PolicyResource.company(companyId), number);
    }

    @GET
    @Path("{number}/payslips")
    @RequiresPermission(PayrollPermissions.READ)
    public List<Payslip> payslips(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return payroll.payslips(PolicyResource.company(companyId), number);
    }

    @GET
    @Path("{number}/payslips/{employee}")
    @RequiresPermission(PayrollPermissions.READ)
    public Payslip payslip(@PathParam("number") String number, @PathParam("employee") String employee,
                           @QueryParam("companyId") Long companyId) {
        return payroll.payslip(PolicyResource.company(companyId), number, employee);
    }

    /** The bank payment file (CSV, UTF-8) of an approved or posted run. */
    @GET
    @Path("{number}/bank-file")
    @Produces("text/csv")
    @RequiresPermission(PayrollPermissions.MANAGE)
    public Response bankFile(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        String csv = payroll.bankFile(PolicyResource.company(companyId), number);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + number + "-bank.csv\"").build();
    }

    /** The body of a new run. */
    public record RunRequest(Long companyId, String period) {
    }
}
