package io.tangram.hr.impl.review.rest;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.hr.impl.HrApplication;
import io.tangram.hr.impl.SelfServicePermissions;
import io.tangram.hr.impl.review.Calibration;
import io.tangram.hr.impl.review.GoalInput;
import io.tangram.hr.impl.review.GoalScore;
import io.tangram.hr.impl.review.ReviewDto;
import io.tangram.hr.impl.review.ReviewPermissions;
import io.tangram.hr.impl.review.ReviewService;
import io.tangram.hr.impl.review.ReviewSummary;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/hr/reviews}: performance reviews for the employee ({@code hr.self.service}), their manager
 * and HR. The door is {@code hr.self.service}; the service then limits each call to the caller's own
 * review, their reports' reviews, or everything with {@code hr.review.read}/{@code hr.review.manage}.
 */
@Component(service = ReviewResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService reviews;

    @Activate
    public ReviewResource(@Reference ReviewService reviews) {
        this.reviews = reviews;
    }

    /** {@code ?employee=E0001}: that employee's history across cycles; without it every review (HR). */
    @GET
    @RequiresPermission(SelfServicePermissions.SELF)
    public Page<ReviewSummary> search(@QueryParam("companyId") Long companyId, @QueryParam("employee") String employee,
                                      @QueryParam("cycle") Long cycle, @QueryParam("offset") Integer offset,
                                      @QueryParam("limit") Integer limit) {
        return reviews.search(company(companyId), employee, cycle, RequestParams.page(offset, limit));
    }

    /** The caller's own reviews across cycles. */
    @GET
    @Path("me")
    @RequiresPermission(SelfServicePermissions.SELF)
    public Page<ReviewSummary> mine(@QueryParam("companyId") Long companyId, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return reviews.mine(company(companyId), RequestParams.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(SelfServicePermissions.SELF)
    public ReviewDto get(@PathParam("id") long id) {
        return reviews.get(id);
    }

    /** {@code {"goals": [{"title", "description", "measure", "target", "weight"}]}}: replaces the goals. */
    @PUT
    @Path("{id}/goals")
    @RequiresPermission(SelfServicePermissions.SELF)
    public ReviewDto setGoals(@PathParam("id") long id, Goals body) {
        return reviews.setGoals(id, RequestParams.require(body).goals());
    }

    /** Submits the goals for self-assessment; their weights must add up to 100. */
    @POST
    @Path("{id}/submit")
    @RequiresPermission(SelfServicePermissions.SELF)
    public ReviewDto submit(@PathParam("id") long id) {
        return reviews.submitGoals(id);
    }

    /** {@code {"scores": [{"goalId": 7, "score": 85}]}}: the employee's own scores. */
    @POST
    @Path("{id}/self-scores")
    @RequiresPermission(SelfServicePermissions.SELF)
    public ReviewDto selfScores(@PathParam("id") long id, Scores body) {
        return reviews.selfScores(id, RequestParams.require(body).scores());
    }

    /** The manager's scores, same body; by the employee's manager or {@code hr.review.manage}. */
    @POST
    @Path("{id}/manager-scores")
    @RequiresPermission(SelfServicePermissions.SELF)
    public ReviewDto managerScores(@PathParam("id") long id, Scores body) {
        return reviews.managerScores(id, RequestParams.require(body).scores());
    }

    /** {@code {"finalScore": 91, "reason": "…"}}, while the cycle is in calibration. */
    @POST
    @Path("{id}/calibration")
    @RequiresPermission(ReviewPermissions.REVIEW_MANAGE)
    public ReviewDto calibrate(@PathParam("id") long id, Calibration body) {
        return reviews.calibrate(id, RequestParams.require(body));
    }

    private static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    /** The body of a goals change. */
    public record Goals(List<GoalInput> goals) {
    }

    /** The body of a scoring. */
    public record Scores(List<GoalScore> scores) {
    }
}
