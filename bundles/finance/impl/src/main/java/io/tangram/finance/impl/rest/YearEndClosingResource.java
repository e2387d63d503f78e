package io.tangram.finance.impl.rest;

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

import io.tangram.finance.api.YearEndClosing;
import io.tangram.finance.api.YearEndClosingDto;
import io.tangram.finance.impl.reports.ReportPermissions;
import io.tangram.finance.impl.service.FinancePermissions;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/finance/year-end-closings/{year}}: the year-end closing (年末结转) of a year, posted once. */
@Component(service = YearEndClosingResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("year-end-closings")
@Produces(MediaType.APPLICATION_JSON)
public class YearEndClosingResource {

    private final YearEndClosing closing;

    @Activate
    public YearEndClosingResource(@Reference YearEndClosing closing) {
        this.closing = closing;
    }

    /** Posts the closing voucher of the year, dated 31 December; 409 if the year is closed already. */
    @POST
    @Path("{year}")
    @RequiresPermission(ReportPermissions.YEAR_CLOSE)
    public Response close(@PathParam("year") int year, @QueryParam("companyId") Long companyId) {
        return Response.status(Response.Status.CREATED).entity(closing.closeYear(Params.company(companyId), year))
                .build();
    }

    @GET
    @Path("{year}")
    @RequiresPermission(FinancePermissions.REPORT_READ)
    public YearEndClosingDto get(@PathParam("year") int year, @QueryParam("companyId") Long companyId) {
        return closing.find(Params.company(companyId), year).orElseThrow(() -> new NotFoundException(Text.of(
                "Year {0} is not closed", "{0} 年度尚未结转", String.valueOf(year))));
    }
}
