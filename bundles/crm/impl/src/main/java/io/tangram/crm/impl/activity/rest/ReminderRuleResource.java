package io.tangram.crm.impl.activity.rest;

import java.util.List;

import javax.ws.rs.DELETE;
import javax.ws.rs.PUT;
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

import io.tangram.crm.api.activity.ReminderRuleDto;
import io.tangram.crm.api.activity.ReminderRuleInput;
import io.tangram.crm.api.activity.ReminderRules;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.activity.ActivityPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/reminder-rules}: "follow up N days after X" rules that create follow-up tasks. */
@Component(service = ReminderRuleResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("reminder-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderRuleResource {

    private final ReminderRules rules;

    @Activate
    public ReminderRuleResource(@Reference ReminderRules rules) {
        this.rules = rules;
    }

    @GET
    @RequiresPermission(ActivityPermissions.FOLLOW_UP_READ)
    public List<ReminderRuleDto> list(@QueryParam("companyId") Long companyId) {
        return rules.list(Params.company(companyId));
    }

    /** {@code {"trigger": "ACTIVITY_LOGGED", "activityType": "TRIAL", "days": 3, "subjectTemplate": "Ask how the {type} went"}}. */
    @POST
    @RequiresPermission(ActivityPermissions.REMINDER_RULE_ADMIN)
    public Response create(ReminderRuleInput input) {
        return Params.created(rules.create(Params.require(input)));
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(ActivityPermissions.REMINDER_RULE_ADMIN)
    public ReminderRuleDto update(@PathParam("id") long id, ReminderRuleInput input) {
        return rules.update(id, Params.require(input));
    }

    /** Stops the rule (the tasks it created stay) and answers it. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(ActivityPermissions.REMINDER_RULE_ADMIN)
    public ReminderRuleDto deactivate(@PathParam("id") long id) {
        return rules.deactivate(id);
    }
}
