package io.tangram.finance.impl.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import io.tangram.finance.api.FiscalPeriodDto;
import io.tangram.finance.api.FiscalPeriods;
import io.tangram.finance.impl.service.FinancePermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/finance/periods}: monthly fiscal periods, closing and reopening them. */
@Component(service = PeriodResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodResource {

    /** Why a period is reopened. */
    public record ReopenRequest(String reason) {
    }

    private final FiscalPeriods periods;

    @Activate
    public PeriodResource(@Reference FiscalPeriods periods) {
        this.periods = periods;
    }

    /** The twelve months of {@code year} (default: this year). */
    @GET
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public List<FiscalPeriodDto> list(@QueryParam("companyId") Long companyId, @QueryParam("year") Integer year) {
        return periods.list(Params.company(companyId), year == null ? LocalDate.now().getYear() : year);
    }

    @GET
    @Path("{period}")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public FiscalPeriodDto get(@QueryParam("companyId") Long companyId, @PathParam("period") String period) {
        return periods.get(Params.company(companyId), period);
    }

    @POST
    @Path("{period}/close")
    @RequiresPermission(FinancePermissions.PERIOD_CLOSE)
    public FiscalPeriodDto close(@QueryParam("companyId") Long companyId, @PathParam("period") String period) {
        return periods.close(Params.company(companyId), period);
    }

    @POST
    @Path("{period}/reopen")
    @RequiresPermission(FinancePermissions.PERIOD_REOPEN)
    public FiscalPeriodDto reopen(@QueryParam("companyId") Long companyId, @PathParam("period") String period,
                                  ReopenRequest request) {
        return periods.reopen(Params.company(companyId), period, request == null ? null : request.reason());
    }
}
