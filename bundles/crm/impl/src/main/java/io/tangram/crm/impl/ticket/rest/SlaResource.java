package io.tangram.crm.impl.ticket.rest;

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

import io.tangram.crm.api.ticket.BusinessHoursDto;
import io.tangram.crm.api.ticket.ServiceLevels;
import io.tangram.crm.api.ticket.SlaPolicyDto;
import io.tangram.crm.api.ticket.SlaPolicyInput;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.ticket.TicketPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/crm/sla-policies}: first-response and resolution targets per priority in business
 * minutes; {@code GET /sla-policies/business-hours} shows the calendar they are counted in.
 */
@Component(service = SlaResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("sla-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaResource {

    private final ServiceLevels serviceLevels;

    @Activate
    public SlaResource(@Reference ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
    }

    @GET
    @RequiresPermission(TicketPermissions.TICKET_READ)
    public List<SlaPolicyDto> policies(@QueryParam("companyId") Long companyId) {
        return serviceLevels.policies(Params.company(companyId));
    }

    /** Sets one priority's targets: {@code {"priority": "HIGH", "firstResponseMinutes": 60, "resolutionMinutes": 480}}. */
    @POST
    @RequiresPermission(TicketPermissions.SLA_ADMIN)
    public SlaPolicyDto save(SlaPolicyInput input) {
        return serviceLevels.save(Params.require(input));
    }

    @GET
    @Path("business-hours")
    @RequiresPermission(TicketPermissions.TICKET_READ)
    public BusinessHoursDto businessHours() {
        return serviceLevels.businessHours();
    }
}
