package io.tangram.finance.impl.arap.rest;

import javax.ws.rs.GET;
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

import io.tangram.finance.impl.rest.Params;
import io.tangram.finance.impl.rest.FinanceApplication;
import io.tangram.finance.api.arap.CustomerExposure;
import io.tangram.finance.api.arap.OpenItems;
import io.tangram.finance.impl.arap.service.ArApPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/finance/parties/{id}/exposure}: what a customer owes today, for credit checks. */
@Component(service = ExposureResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("parties")
@Produces(MediaType.APPLICATION_JSON)
public class ExposureResource {

    private final OpenItems openItems;

    @Activate
    public ExposureResource(@Reference OpenItems openItems) {
        this.openItems = openItems;
    }

    @GET
    @Path("{id}/exposure")
    @RequiresPermission(ArApPermissions.INVOICE_READ)
    public CustomerExposure exposure(@PathParam("id") long partyId, @QueryParam("companyId") Long companyId) {
        return openItems.exposure(Params.company(companyId), partyId);
    }
}
