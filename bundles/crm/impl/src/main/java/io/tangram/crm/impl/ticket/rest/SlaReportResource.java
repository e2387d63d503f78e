package io.tangram.crm.impl.ticket.rest;

import java.time.LocalDate;

import javax.ws.rs.GET;
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

import io.tangram.crm.api.ticket.ServiceLevels;
import io.tangram.crm.api.ticket.SlaReport;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.ticket.TicketPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/reports/sla?from=2026-11-01&to=2026-11-30}: SLA compliance per priority of the tickets opened then. */
@Component(service = SlaReportResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("reports/sla")
@Produces(MediaType.APPLICATION_JSON)
public class SlaReportResource {

    private final ServiceLevels serviceLevels;

    @Activate
    public SlaReportResource(@Reference ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
    }

    @GET
    @RequiresPermission(TicketPermissions.TICKET_READ)
    public SlaReport report(@QueryParam("companyId") Long companyId, @QueryParam("from") LocalDate from,
                            @QueryParam("to") LocalDate to) {
        return serviceLevels.report(Params.company(companyId), from, to);
    }
}
