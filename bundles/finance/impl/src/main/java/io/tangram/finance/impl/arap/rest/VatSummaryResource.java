package io.tangram.finance.impl.arap.rest;

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
import io.tangram.finance.api.arap.VatReports;
import io.tangram.finance.api.arap.VatSummary;
import io.tangram.finance.impl.arap.service.ArApPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/finance/vat-summary?period=2026-11}: VAT of a month, reconciled with the ledger. */
@Component(service = VatSummaryResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("vat-summary")
@Produces(MediaType.APPLICATION_JSON)
public class VatSummaryResource {

    private final VatReports vat;

    @Activate
    public VatSummaryResource(@Reference VatReports vat) {
        this.vat = vat;
    }

    @GET
    @RequiresPermission(ArApPermissions.INVOICE_READ)
    public VatSummary summary(@QueryParam("companyId") Long companyId, @QueryParam("period") String period) {
        return vat.summary(Params.company(companyId), ArApRest.month("period", period));
    }
}
