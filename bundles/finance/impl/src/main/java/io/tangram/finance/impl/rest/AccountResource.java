package io.tangram.finance.impl.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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

import io.tangram.finance.api.AccountDto;
import io.tangram.finance.api.AccountInput;
import io.tangram.finance.api.ChartOfAccounts;
import io.tangram.finance.api.ChartTemplate;
import io.tangram.finance.impl.service.FinancePermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/finance/accounts}: the chart of accounts. */
@Component(service = AccountResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final ChartOfAccounts accounts;

    @Activate
    public AccountResource(@Reference ChartOfAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    @RequiresPermission(FinancePermissions.ACCOUNT_READ)
    public List<AccountDto> list(@QueryParam("companyId") Long companyId, @QueryParam("inactive") boolean inactive) {
        return accounts.list(Params.company(companyId), inactive);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(FinancePermissions.ACCOUNT_READ)
    public AccountDto get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @GET
    @Path("by-code/{code}")
    @RequiresPermission(FinancePermissions.ACCOUNT_READ)
    public AccountDto getByCode(@QueryParam("companyId") Long companyId, @PathParam("code") String code) {
        return accounts.getByCode(Params.company(companyId), code);
    }

    @POST
    @RequiresPermission(FinancePermissions.ACCOUNT_WRITE)
    public Response create(AccountInput input) {
        return Response.status(Response.Status.CREATED).entity(accounts.create(input)).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(FinancePermissions.ACCOUNT_WRITE)
    public AccountDto update(@PathParam("id") long id, AccountInput input) {
        return accounts.update(id, input);
    }

    /** Deactivates (never deletes) an account whose balance is zero. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(FinancePermissions.ACCOUNT_WRITE)
    public AccountDto deactivate(@PathParam("id") long id) {
        return accounts.deactivate(id);
    }

    /** Loads a shipped chart ({@code CN_SMALL_BUSINESS}, {@code IFRS}); accounts already there are kept. */
    @POST
    @Path("templates/{template}")
    @RequiresPermission(FinancePermissions.ACCOUNT_WRITE)
    public Map<String, Integer> loadTemplate(@QueryParam("companyId") Long companyId,
                                             @PathParam("template") ChartTemplate chart) {
        return Map.of("created", accounts.loadTemplate(Params.company(companyId), chart));
    }
}
