package io.tangram.crm.impl.activity.rest;

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

import io.tangram.crm.api.activity.FollowUpDto;
import io.tangram.crm.api.activity.FollowUpInput;
import io.tangram.crm.api.activity.FollowUpQuery;
import io.tangram.crm.api.activity.FollowUps;
import io.tangram.crm.api.activity.RelatedTo;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.activity.ActivityPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/follow-ups}: follow-up tasks of the reps the caller may see, and their overdue list. */
@Component(service = FollowUpResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final FollowUps followUps;

    @Activate
    public FollowUpResource(@Reference FollowUps followUps) {
        this.followUps = followUps;
    }

    /** Open tasks first, each by due date. */
    @GET
    @RequiresPermission(ActivityPermissions.FOLLOW_UP_READ)
    public Page<FollowUpDto> search(@QueryParam("companyId") Long companyId, @QueryParam("assignee") String assignee,
                                    @QueryParam("done") Boolean done, @QueryParam("relatedTo") String relatedTo,
                                    @QueryParam("relatedId") Long relatedId, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return followUps.search(Params.company(companyId), new FollowUpQuery(assignee, done,
                Params.choice("relatedTo", relatedTo, RelatedTo.class), relatedId), Params.page(offset, limit));
    }

    @POST
    @RequiresPermission(ActivityPermissions.FOLLOW_UP_WRITE)
    public Response create(FollowUpInput input) {
        return Params.created(followUps.create(Params.require(input)));
    }

    /** Open tasks past due, by rep then due date; {@code ?owner=li.na} for one rep's. */
    @GET
    @Path("overdue")
    @RequiresPermission(ActivityPermissions.FOLLOW_UP_READ)
    public List<FollowUpDto> overdue(@QueryParam("companyId") Long companyId, @QueryParam("owner") String owner) {
        return followUps.overdue(Params.company(companyId), owner);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ActivityPermissions.FOLLOW_UP_READ)
    public FollowUpDto get(@PathParam("id") long id) {
        return followUps.get(id);
    }

    @POST
    @Path("{id}/done")
    @RequiresPermission(ActivityPermissions.FOLLOW_UP_WRITE)
    public FollowUpDto done(@PathParam("id") long id) {
        return followUps.markDone(id);
    }

    @POST
    @Path("{id}/undone")
    @RequiresPermission(ActivityPermissions.FOLLOW_UP_WRITE)
    public FollowUpDto undone(@PathParam("id") long id) {
        return followUps.markUndone(id);
    }
}
