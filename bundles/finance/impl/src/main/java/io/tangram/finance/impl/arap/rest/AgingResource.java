package io.tangram.finance.impl.arap.rest;

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

import io.tangram.finance.impl.rest.Params;
import io.tangram.finance.impl.rest.FinanceApplication;
import io.tangram.finance.api.arap.AgingReport;
import io.tangram.finance.api.arap.OpenItemKind;
import io.tangram.finance.api.arap.OpenItems;
import io.tangram.finance.impl.arap.service.ArApPermissions;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/finance/aging?kind=RECEIVABLE&at=2026-11-30}: open items by party and days overdue (账龄). */
@Component(service = AgingResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("aging")
@Produces(MediaType.APPLICATION_JSON)
public class AgingResource {

    private final OpenItems openItems;

    @Activate
    public AgingResource(@Reference OpenItems openItems) {
        this.openItems = openItems;
    }

    /** At the end of {@code at}, today when not given. */
    @GET
    @RequiresPermission(ArApPermissions.INVOICE_READ)
    public AgingReport aging(@QueryParam("companyId") Long companyId, @QueryParam("kind") OpenItemKind kind,
                             @QueryParam("at") LocalDate at) {
        if (kind == null) {
            throw ValidationException.of("kind", Text.of("is required: RECEIVABLE or PAYABLE", "必填：RECEIVABLE 或 PAYABLE"));
        }
        return openItems.aging(Params.company(companyId), kind, at == null ? LocalDate.now(ZoneId.systemDefault()) : at);
    }
}
