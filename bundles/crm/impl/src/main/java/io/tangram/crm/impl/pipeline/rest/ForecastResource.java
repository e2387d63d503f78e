package io.tangram.crm.impl.pipeline.rest;

import java.time.LocalDate;
import java.time.ZoneId;

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

import io.tangram.crm.api.pipeline.ForecastReport;
import io.tangram.crm.api.pipeline.PipelineReports;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.pipeline.PipelinePermissions;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/crm/reports/forecast?from=2026-10-01&to=2026-12-31}: open opportunities by expected close month and rep, weighted by win probability (加权预测). Without {@code from} the
 * current month's first day; without {@code to} the last day of {@code from}'s month.
 */
@Component(service = ForecastResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("reports/forecast")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastResource {

    private final PipelineReports reports;

    @Activate
    public ForecastResource(@Reference PipelineReports reports) {
        this.reports = reports;
    }

    @GET
    @RequiresPermission(PipelinePermissions.REPORT_READ)
    public ForecastReport forecast(@QueryParam("companyId") Long companyId, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        LocalDate start = Params.date("from", from);
        LocalDate first = start != null ? start : LocalDate.now(ZoneId.systemDefault()).withDayOfMonth(1);
        LocalDate end = Params.date("to", to);
        return reports.forecast(Params.company(companyId), first, end != null ? end
                : first.withDayOfMonth(first.lengthOfMonth()));
    }
}
