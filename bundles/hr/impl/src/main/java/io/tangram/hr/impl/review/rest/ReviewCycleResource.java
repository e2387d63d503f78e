package io.tangram.hr.impl.review.rest;

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
import io.tangram.hr.impl.review.CycleDto;
import io.tangram.hr.impl.review.CycleInput;
import io.tangram.hr.impl.review.CycleStatus;
import io.tangram.hr.impl.review.ReviewCycleService;
import io.tangram.hr.impl.review.ReviewPermissions;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/review-cycles}: performance review cycles; {@code POST /{id}/open} creates the
 * reviews, {@code /calibrate} ends scoring, {@code /close} freezes every review.
 */
@Component(service = ReviewCycleResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("review-cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewCycleResource {

    private final ReviewCycleService cycles;

    @Activate
    public ReviewCycleResource(@Reference ReviewCycleService cycles) {
        this.cycles = cycles;
    }

    /** Newest period first; {@code ?status=OPEN} keeps one status. */
    @GET
    @RequiresPermission(ReviewPermissions.REVIEW_READ)
    public Page<CycleDto> search(@QueryParam("companyId") Long companyId, @QueryParam("status") String status,
                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return cycles.search(companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId,
                RequestParams.choice("status", status, CycleStatus.class), RequestParams.page(offset, limit));
    }

    @POST
    @RequiresPermission(ReviewPermissions.REVIEW_MANAGE)
    public Response create(CycleInput input) {
        return RequestParams.created(cycles.create(RequestParams.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ReviewPermissions.REVIEW_READ)
    public CycleDto get(@PathParam("id") long id) {
        return cycles.get(id);
    }

    @POST
    @Path("{id}/open")
    @RequiresPermission(ReviewPermissions.REVIEW_MANAGE)
    public CycleDto open(@PathParam("id") long id) {
        return cycles.open(id);
    }

    @POST
    @Path("{id}/calibrate")
    @RequiresPermission(ReviewPermissions.REVIEW_MANAGE)
    public CycleDto calibrate(@PathParam("id") long id) {
        return cycles.calibrate(id);
    }

    @POST
    @Path("{id}/close")
    @RequiresPermission(ReviewPermissions.REVIEW_MANAGE)
    public CycleDto close(@PathParam("id") long id) {
        return cycles.close(id);
    }
}
