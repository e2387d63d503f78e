package io.tangram.crm.impl.rest;

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

import io.tangram.crm.api.sales.RankingDimension;
import io.tangram.crm.api.sales.SalesRanking;
import io.tangram.crm.api.sales.SalesReports;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.pipeline.PipelinePermissions;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/crm/reports/sales-ranking?by=PRODUCT|CUSTOMER|REP&from=&to=&limit=}: net sales ranked;
 * the period defaults to the current month.
 */
@Component(service = SalesReportResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("reports/sales-ranking")
@Produces(MediaType.APPLICATION_JSON)
public class SalesReportResource {

    private final SalesReports reports;

    @Activate
    public SalesReportResource(@Reference SalesReports reports) {
        this.reports = reports;
    }

    @GET
    @RequiresPermission(PipelinePermissions.REPORT_READ)
    public SalesRanking ranking(@QueryParam("companyId") Long companyId, @QueryParam("by") String by,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("limit") Integer limit) {
        LocalDate start = Params.date("from", from);
        LocalDate first = start == null ? LocalDate.now().withDayOfMonth(1) : start;
        LocalDate end = Params.date("to", to);
        RankingDimension dimension = Params.choice("by", by, RankingDimension.class);
        return reports.ranking(Params.company(companyId), dimension == null ? RankingDimension.PRODUCT : dimension, first,
                end == null ? first.withDayOfMonth(first.lengthOfMonth()) : end, limit == null ? 20 : limit);
    }
}
