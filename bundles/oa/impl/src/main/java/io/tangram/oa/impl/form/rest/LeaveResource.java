package io.tangram.oa.impl.form.rest;

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

import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.form.LeaveRequestDto;
import io.tangram.oa.impl.form.LeaveRequestInput;
import io.tangram.oa.impl.form.LeaveRequestService;
import io.tangram.oa.impl.form.FormPermissions;
import io.tangram.oa.impl.form.FormStatus;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/forms/leave}: the caller's leave requests (draft, change, submit, cancel), every employee's
 * for {@code oa.form.admin} ({@code /all}), and the direct decision while no approval process is
 * defined ({@code /waiting}, {@code /{number}/approve|reject}, {@code oa.form.approve}).
 */
@Component(service = LeaveResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("forms/leave")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeaveResource {

    private final LeaveRequestService leave;

    @Activate
    public LeaveResource(@Reference LeaveRequestService leave) {
        this.leave = leave;
    }

    /** The caller's own, newest first; {@code ?status=DRAFT|SUBMITTED|APPROVED|REJECTED|RETURNED|CANCELLED}. */
    @GET
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public Page<LeaveRequestDto> mine(@QueryParam("companyId") Long companyId, @QueryParam("status") String status,
                            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return leave.mine(FormParams.company(companyId), RequestParams.choice("status", status, FormStatus.class),
                RequestParams.page(offset, limit));
    }

    /** Every employee's, newest first; {@code ?requester=li.na}. */
    @GET
    @Path("all")
    @RequiresPermission(FormPermissions.FORM_ADMIN)
    public Page<LeaveRequestDto> all(@QueryParam("companyId") Long companyId, @QueryParam("status") String status,
                           @QueryParam("requester") String requester, @QueryParam("offset") Integer offset,
                           @QueryParam("limit") Integer limit) {
        return leave.all(FormParams.company(companyId), RequestParams.choice("status", status, FormStatus.class),
                requester, RequestParams.page(offset, limit));
    }

    /** Submitted without an approval process, waiting for a direct decision, oldest first. */
    @GET
    @Path("waiting")
    @RequiresPermission(FormPermissions.FORM_APPROVE)
    public Page<LeaveRequestDto> waiting(@QueryParam("companyId") Long companyId, @QueryParam("offset") Integer offset,
                               @QueryParam("limit") Integer limit) {
        return leave.waiting(FormParams.company(companyId), RequestParams.page(offset, limit));
    }

    @POST
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public Response create(LeaveRequestInput input) {
        return RequestParams.created(leave.create(RequestParams.require(input)));
    }

    @GET
    @Path("{number}")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public LeaveRequestDto get(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return leave.get(FormParams.company(companyId), number);
    }

    @PUT
    @Path("{number}")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public LeaveRequestDto update(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                        LeaveRequestInput input) {
        return leave.update(FormParams.company(companyId), number, RequestParams.require(input));
    }

    @POST
    @Path("{number}/submit")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public LeaveRequestDto submit(@PathParam("number") String number, @QueryParam("companyId") Long companyId) {
        return leave.submit(FormParams.company(companyId), number);
    }

    /** {@code {"reason": "…"}} (optional body). */
    @POST
    @Path("{number}/cancel")
    @RequiresPermission(FormPermissions.FORM_SUBMIT)
    public LeaveRequestDto cancel(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                        FormParams.Reason body) {
        return leave.cancel(FormParams.company(companyId), number, body == null ? null : body.reason());
    }

    /** {@code {"comment": "…"}} (optional body). */
    @POST
    @Path("{number}/approve")
    @RequiresPermission(FormPermissions.FORM_APPROVE)
    public LeaveRequestDto approve(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                         FormParams.Comment body) {
        return leave.approveDirectly(FormParams.company(companyId), number, body == null ? null : body.comment());
    }

    @POST
    @Path("{number}/reject")
    @RequiresPermission(FormPermissions.FORM_APPROVE)
    public LeaveRequestDto reject(@PathParam("number") String number, @QueryParam("companyId") Long companyId,
                        FormParams.Comment body) {
        return leave.rejectDirectly(FormParams.company(companyId), number, body == null ? null : body.comment());
    }
}
