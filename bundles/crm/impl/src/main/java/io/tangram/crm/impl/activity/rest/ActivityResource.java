package io.tangram.crm.impl.activity.rest;

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

import io.tangram.crm.api.activity.Activities;
import io.tangram.crm.api.activity.ActivityDto;
import io.tangram.crm.api.activity.ActivityInput;
import io.tangram.crm.api.activity.ActivityQuery;
import io.tangram.crm.api.activity.ActivityType;
import io.tangram.crm.api.activity.RelatedTo;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.activity.ActivityPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/crm/activities}: the activity log, newest first, of the customers, leads and
 * opportunities the caller may see. {@code ?relatedTo=CUSTOMER&relatedId=105} is the customer's whole
 * history: its own activities, its opportunities' and those of the lead it was converted from.
 */
@Component(service = ActivityResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final Activities activities;

    @Activate
    public ActivityResource(@Reference Activities activities) {
        this.activities = activities;
    }

    @GET
    @RequiresPermission(ActivityPermissions.ACTIVITY_READ)
    public Page<ActivityDto> search(@QueryParam("companyId") Long companyId, @QueryParam("relatedTo") String relatedTo,
                                    @QueryParam("relatedId") Long relatedId, @QueryParam("type") String type,
                                    @QueryParam("user") String user, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        return activities.search(Params.company(companyId), new ActivityQuery(
                Params.choice("relatedTo", relatedTo, RelatedTo.class), relatedId,
                Params.choice("type", type, ActivityType.class), user, Params.date("from", from), Params.date("to", to)),
                Params.page(offset, limit));
    }

    /** Logs an activity: {@code {"type": "CALL", "relatedTo": "CUSTOMER", "relatedId": 105, "subject": "…"}}. */
    @POST
    @RequiresPermission(ActivityPermissions.ACTIVITY_WRITE)
    public Response log(ActivityInput input) {
        return Params.created(activities.log(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ActivityPermissions.ACTIVITY_READ)
    public ActivityDto get(@PathParam("id") long id) {
        return activities.get(id);
    }
}
