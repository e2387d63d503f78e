package io.tangram.finance.impl.bank.rest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

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

import io.tangram.finance.impl.rest.FinanceApplication;
import io.tangram.finance.impl.rest.Params;
import io.tangram.finance.api.bank.BankAccountDto;
import io.tangram.finance.api.bank.BankAccountInput;
import io.tangram.finance.api.bank.BankAccounts;
import io.tangram.finance.api.bank.BankReconciliation;
import io.tangram.finance.api.bank.BankReconciliationReport;
import io.tangram.finance.api.bank.BankStatementDto;
import io.tangram.finance.api.bank.BankStatementLineDto;
import io.tangram.finance.api.bank.BankStatements;
import io.tangram.finance.api.bank.MatchStatus;
import io.tangram.finance.impl.bank.BankPermissions;
import io.tangram.finance.impl.bank.StatementText;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/finance/bank-accounts}: bank accounts, their statement imports and lines, and their
 * reconciliation statement. A statement is uploaded as the raw CSV body
 * ({@code Content-Type: text/csv}, UTF-8).
 */
@Component(service = BankAccountResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("bank-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BankAccountResource {
    static final String CSV = "text/csv";

    private final BankAccounts accounts;
    private final BankStatements statements;
    private final BankReconciliation reconciliation;

    @Activate
    public BankAccountResource(@Reference BankAccounts accounts, @Reference BankStatements statements,
                               @Reference BankReconciliation reconciliation) {
        this.accounts = accounts;
        this.statements = statements;
        this.reconciliation = reconciliation;
    }

    @GET
    @RequiresPermission(BankPermissions.READ)
    public List<BankAccountDto> list(@QueryParam("companyId") Long companyId, @QueryParam("inactive") boolean inactive) {
        return accounts.list(Params.company(companyId), inactive);
    }

    @POST
    @RequiresPermission(BankPermissions.WRITE)
    public Response create(BankAccountInput input) {
        return Response.status(Response.Status.CREATED).entity(accounts.create(require(input))).build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(BankPermissions.READ)
    public BankAccountDto get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    /** Changes names, number, ledger account or opening; fields left out keep their value. */
    @PUT
    @Path("{id}")
    @RequiresPermission(BankPermissions.WRITE)
    public BankAccountDto update(@PathParam("id") long id, BankAccountInput input) {
        return accounts.update(id, require(input));
    }

    /** Deactivates the bank account; its statements and matches stay. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(BankPermissions.WRITE)
    public BankAccountDto deactivate(@PathParam("id") long id) {
        return accounts.deactivate(id);
    }

    /** Imports a statement file: 201 with the statement record saying how many lines were new and already known. */
    @POST
    @Path("{id}/statements")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RequiresPermission(BankPermissions.WRITE)
    public Response importStatement(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                                    InputStream body) {
        BankStatementDto imported = statements.importCsv(id, StatementText.read(body), fileName);
        return Response.status(Response.Status.CREATED).entity(imported).build();
    }

    @GET
    @Path("{id}/statements")
    @RequiresPermission(BankPermissions.READ)
    public List<BankStatementDto> statements(@PathParam("id") long id) {
        return statements.list(id);
    }

    /** The account's statement lines in date order; {@code ?status=UNMATCHED} or {@code MATCHED} filters them. */
    @GET
    @Path("{id}/statement-lines")
    @RequiresPermission(BankPermissions.READ)
    public List<BankStatementLineDto> lines(@PathParam("id") long id, @QueryParam("status") MatchStatus status) {
        return statements.lines(id, status);
    }

    /** The reconciliation statement (银行存款余额调节表) at the end of {@code ?at=2026-11-30}. */
    @GET
    @Path("{id}/reconciliation")
    @RequiresPermission(BankPermissions.READ)
    public BankReconciliationReport reconciliation(@PathParam("id") long id, @QueryParam("at") LocalDate at) {
        return reconciliation.report(id, at);
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }
}
