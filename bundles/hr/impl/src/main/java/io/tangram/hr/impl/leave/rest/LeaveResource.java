package io.tangram.hr.impl.leave.rest;

import java.time.YearMonth;
import java.util.List;

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
import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.leave.AccrualRun;
import io.tangram.hr.impl.leave.Adjustment;
import io.tangram.hr.impl.leave.BalanceLine;
import io.tangram.hr.impl.leave.LeaveBalanceService;
import io.tangram.hr.impl.leave.LeavePermissions;
import io.tangram.hr.impl.leave.LeaveRequest;
import io.tangram.hr.impl.leave.LeaveRequestInput;
import io.tangram.hr.impl.leave.LeaveRequestService;
import io.tangram.hr.impl.leave.LeaveType;
import io.tangram.hr.impl.leave.LeaveTypeInput;
import io.tangram.hr.impl.leave.LeaveTypeService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/leave/…}: leave types (defined with {@code hr.leave.manage}), balances (an employee's, or {@code /me}), requests with their
 * approval steps, the accrual run and manual adjustments. Self-service calls need {@code hr.self.service};
 * the service narrows them to the caller's own employee unless the caller has HR's permissions.
 */
@Component(service = LeaveResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("leave")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeaveResource {

    private final LeaveRequestService requests;
    private final LeaveBalanceService balances;
    private final LeaveTypeService types;

    @Activate
    public LeaveResource(@Reference LeaveRequestService requests, @Reference LeaveBalanceService balances,
                         @Reference LeaveTypeService types) {
        this.requests = requests;
        this.balances = balances;
        this.types = types;
    }

    /** The active leave types; {@code ?inactive=true} lists the deactivated ones too. */
    @GET
    @Path("types")
    @RequiresPermission(SelfServicePermissions.SELF)
    public List<LeaveType> types(@QueryParam("companyId") Long companyId, @QueryParam("inactive") boolean inactive) {
        return types.list(company(companyId), inactive);
    }

    /** {@code {"code": "STUDY", "name": "Study leave", "nameZh": "学习假", "entitlementRule": "FIXED_PER_YEAR", "entitlementDays": 5}}. */
    @POST
    @Path("types")
    @RequiresPermission(LeavePermissions.LEAVE_MANAGE)
    public Response createType(LeaveTypeInput input) {
        return RequestParams.created(types.create(RequestParams.require(input)));
    }

    /** Changes the fields given; {@code {"active": false}} deactivates the type. */
    @PUT
    @Path("types/{code}")
    @RequiresPermission(LeavePermissions.LEAVE_MANAGE)
    public LeaveType updateType(@QueryParam("companyId") Long companyId, @PathParam("code") String code,
                                LeaveTypeInput input) {
        return types.update(company(companyId), code, RequestParams.require(input));
    }

    /** {@code ?employee=E0002[&on=2026-11-30]}: one employee's balances of every type. */
    @GET
    @Path("balances")
    @RequiresPermission(LeavePermissions.LEAVE_READ)
    public List<BalanceLine> balances(@QueryParam("companyId") Long companyId, @QueryParam("employee") String employee,
                                      @QueryParam("on") String on) {
        if (employee == null || employee.isBlank()) {
            throw ValidationException.of("employee", Text.of("is required", "必填"));
        }
        return balances.balances(company(companyId), employee, RequestParams.date("on", on));
    }

    /** The caller's own balances. */
    @GET
    @Path("balances/me")
    @RequiresPermission(SelfServicePermissions.SELF)
    public List<BalanceLine> myBalances(@QueryParam("companyId") Long companyId, @QueryParam("on") String on) {
        return balances.balances(company(companyId), null, RequestParams.date("on", on));
    }

    /** Own requests; with {@code hr.leave.read} everyone's; managers also see their team's. */
    @GET
    @Path("requests")
    @RequiresPermission(SelfServicePermissions.SELF)
    public Page<LeaveRequest> search(@QueryParam("companyId") Long companyId, @QueryParam("employee") String employee,
                                     @QueryParam("status") String status, @QueryParam("offset") Integer offset,
                                     @QueryParam("limit") Integer limit) {
        return requests.search(company(companyId), employee,
                RequestParams.choice("status", status, LeaveRequest.Status.class), RequestParams.page(offset, limit));
    }

    @POST
    @Path("requests")
    @RequiresPermission(SelfServicePermissions.SELF)
    public Response request(LeaveRequestInput input) {
        return RequestParams.created(requests.request(RequestParams.require(input)));
    }

    @GET
    @Path("requests/{number}")
    @RequiresPermission(SelfServicePermissions.SELF)
    public LeaveRequest get(@QueryParam("companyId") Long companyId, @PathParam("number") String number) {
        return requests.get(company(companyId), number);
    }

    /** {@code {"comment": "…"}} optional. */
    @POST
    @Path("requests/{number}/approve")
    @RequiresPermission(LeavePermissions.LEAVE_APPROVE)
    public LeaveRequest approve(@QueryParam("companyId") Long companyId, @PathParam("number") String number,
                                Decision body) {
        return requests.approve(company(companyId), number, body == null ? null : body.comment());
    }

    @POST
    @Path("requests/{number}/reject")
    @RequiresPermission(LeavePermissions.LEAVE_APPROVE)
    public LeaveRequest reject(@QueryParam("companyId") Long companyId, @PathParam("number") String number,
                               Decision body) {
        return requests.reject(company(companyId), number, body == null ? null : body.comment());
    }

    @POST
    @Path("requests/{number}/cancel")
    @RequiresPermission(SelfServicePermissions.SELF)
    public LeaveRequest cancel(@QueryParam("companyId") Long companyId, @PathParam("number") String number,
                               Decision body) {
        return requests.cancel(company(companyId), number, body == null ? null : body.comment());
    }

    @POST
    @Path("requests/{number}/withdraw")
    @RequiresPermission(SelfServicePermissions.SELF)
    public LeaveRequest withdraw(@QueryParam("companyId") Long companyId, @PathParam("number") String number,
                                 Decision body) {
        return requests.withdraw(company(companyId), number, body == null ? null : body.comment());
    }

    /** {@code ?year=2026&month=11} (no body): credits that month's accruals; repeating it changes nothing. */
    @POST
    @Path("accruals")
    @RequiresPermission(LeavePermissions.LEAVE_MANAGE)
    public AccrualRun accrue(@QueryParam("companyId") Long companyId, @QueryParam("year") Integer year,
                             @QueryParam("month") Integer month) {
        new Validation().required("year", year).required("month", month)
                .check(year == null || year >= 2000 && year <= 2100, "year",
                        Text.of("must be between 2000 and 2100", "必须在 2000 到 2100 之间"))
                .check(month == null || month >= 1 && month <= 12, "month",
                        Text.of("must be between 1 and 12", "必须在 1 到 12 之间"))
                .throwIfInvalid();
        return balances.accrue(company(companyId), YearMonth.of(year, month));
    }

    /** {@code {"employee": "E0002", "leaveType": "ANNUAL", "days": 2, "reason": "…"}}: answers the new balance. */
    @POST
    @Path("adjustments")
    @RequiresPermission(LeavePermissions.LEAVE_MANAGE)
    public Response adjust(Adjustment input) {
        return RequestParams.created(balances.adjust(RequestParams.require(input)));
    }

    private static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    /** The body of a decision: the approver's comment or the reason. */
    public record Decision(String comment) {
    }
}
