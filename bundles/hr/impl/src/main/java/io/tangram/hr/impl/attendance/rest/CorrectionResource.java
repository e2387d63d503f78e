package io.tangram.hr.impl.attendance.rest;

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
import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.attendance.Correction;
import io.tangram.hr.impl.attendance.CorrectionInput;
import io.tangram.hr.impl.attendance.CorrectionService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/attendance/corrections}: correction requests (补卡). Employees ask with
 * {@code hr.self.service}; their manager or HR ({@code hr.attendance.manage}) approves or rejects, which the
 * service checks.
 */
@Component(service = CorrectionResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("attendance/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CorrectionResource {

    private final CorrectionService corrections;

    @Activate
    public CorrectionResource(@Reference CorrectionService corrections) {
        this.corrections = corrections;
    }

    /** {@code {"date": "2026-11-02", "time": "18:10", "direction": "OUT", "reason": "Badge forgotten"}}. */
    @POST
    @RequiresPermission(SelfServicePermissions.SELF)
    public Response request(CorrectionInput input) {
        return RequestParams.created(corrections.request(RequestParams.require(input)));
    }

    /** Newest first; {@code ?status=PENDING}. HR sees all, others their own and their reports'. */
    @GET
    @RequiresPermission(SelfServicePermissions.SELF)
    public Page<Correction> list(@QueryParam("companyId") Long companyId, @QueryParam("status") String status,
                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return corrections.corrections(Requests.company(companyId), status, RequestParams.page(offset, limit));
    }

    @GET
    @Path("{number}")
    @RequiresPermission(SelfServicePermissions.SELF)
    public Correction get(@QueryParam("companyId") Long companyId, @PathParam("number") String number) {
        return corrections.get(Requests.company(companyId), number);
    }

    /** Optional body {@code {"comment": "ok"}}. */
    @POST
    @Path("{number}/approve")
    @RequiresPermission(SelfServicePermissions.SELF)
    public Correction approve(@QueryParam("companyId") Long companyId, @PathParam("number") String number,
                              Decision body) {
        return corrections.approve(Requests.company(companyId), number, body == null ? null : body.comment());
    }

    @POST
    @Path("{number}/reject")
    @RequiresPermission(SelfServicePermissions.SELF)
    public Correction reject(@QueryParam("companyId") Long companyId, @PathParam("number") String number,
                             Decision body) {
        return corrections.reject(Requests.company(companyId), number, body == null ? null : body.comment());
    }

    /** The optional body of a decision. */
    public record Decision(String comment) {
    }
}
