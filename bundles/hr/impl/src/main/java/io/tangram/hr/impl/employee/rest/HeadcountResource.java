package io.tangram.hr.impl.employee.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

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

import io.tangram.hr.impl.HrApplication;
import io.tangram.hr.impl.employee.EmployeePermissions;
import io.tangram.hr.impl.employee.HeadcountReport;
import io.tangram.hr.impl.employee.HeadcountService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code GET /api/hr/reports/headcount?from=2026-01&to=2026-12}: headcount and turnover by department and month. */
@Component(service = HeadcountResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(HrApplication.SELECT)
@Path("reports/headcount")
@Produces(MediaType.APPLICATION_JSON)
public class HeadcountResource {

    private final HeadcountService headcount;

    @Activate
    public HeadcountResource(@Reference HeadcountService headcount) {
        this.headcount = headcount;
    }

    @GET
    @RequiresPermission(EmployeePermissions.REPORT_READ)
    public HeadcountReport report(@QueryParam("companyId") Long companyId, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return headcount.report(EmployeeResource.company(companyId), month("from", from), month("to", to));
    }

    /** A month typed as {@code 2026-03}; {@code null} when blank. */
    public static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, Text.of("must be a month like 2026-03", "必须是月份，例如 2026-03"));
        }
    }
}
