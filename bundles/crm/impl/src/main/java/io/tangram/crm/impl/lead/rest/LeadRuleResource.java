package io.tangram.crm.impl.lead.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import io.tangram.crm.api.lead.LeadRouting;
import io.tangram.crm.api.lead.LeadRuleDto;
import io.tangram.crm.api.lead.LeadRuleInput;
import io.tangram.crm.api.lead.LeadRules;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.lead.LeadPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/lead-rules}: the ordered lead assignment rules and the default owner of a company. */
@Component(service = LeadRuleResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("lead-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadRuleResource {

    private final LeadRules rules;

    @Activate
    public LeadRuleResource(@Reference LeadRules rules) {
        this.rules = rules;
    }

    /** The rules in the order they are tried, and the default owner. */
    @GET
    @RequiresPermission(LeadPermissions.LEAD_READ)
    public LeadRouting routing(@QueryParam("companyId") Long companyId) {
        return rules.routing(Params.company(companyId));
    }

    @POST
    @RequiresPermission(LeadPermissions.LEAD_RULE_ADMIN)
    public Response create(LeadRuleInput input) {
        return Params.created(rules.create(Params.require(input)));
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(LeadPermissions.LEAD_RULE_ADMIN)
    public LeadRuleDto update(@PathParam("id") long id, LeadRuleInput input) {
        return rules.update(id, Params.require(input));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(LeadPermissions.LEAD_RULE_ADMIN)
    public Response delete(@PathParam("id") long id) {
        rules.delete(id);
        return Response.noContent().build();
    }

    /** Who gets leads no rule matches: {@code {"owner": "wang.fang"}}; {@code {"owner": null}} for whoever enters them. */
    @PUT
    @Path("default-owner")
    @RequiresPermission(LeadPermissions.LEAD_RULE_ADMIN)
    public LeadRouting defaultOwner(@QueryParam("companyId") Long companyId, LeadResource.Owner body) {
        return rules.setDefaultOwner(Params.company(companyId), Params.require(body).owner());
    }
}
