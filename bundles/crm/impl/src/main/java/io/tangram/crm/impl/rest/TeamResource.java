package io.tangram.crm.impl.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.crm.api.TeamDto;
import io.tangram.crm.api.TeamInput;
import io.tangram.crm.api.Teams;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.CrmPermissions;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/teams}: sales and service teams; posting a code that exists replaces the team. */
@Component(service = TeamResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final Teams teams;

    @Activate
    public TeamResource(@Reference Teams teams) {
        this.teams = teams;
    }

    @GET
    @RequiresPermission(CrmPermissions.CUSTOMER_READ)
    public List<TeamDto> list(@QueryParam("companyId") Long companyId) {
        return teams.list(Params.company(companyId));
    }

    @POST
    @RequiresPermission(CrmPermissions.TEAM_ADMIN)
    public TeamDto save(TeamInput input) {
        return teams.save(Params.require(input));
    }
}
