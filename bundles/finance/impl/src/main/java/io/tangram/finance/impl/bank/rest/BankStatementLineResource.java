package io.tangram.finance.impl.bank.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import io.tangram.finance.impl.rest.FinanceApplication;
import io.tangram.finance.api.bank.BankReconciliation;
import io.tangram.finance.api.bank.BankStatementLineDto;
import io.tangram.finance.api.bank.BankStatements;
import io.tangram.finance.api.bank.BankVoucherInput;
import io.tangram.finance.api.bank.MatchSuggestion;
import io.tangram.finance.impl.bank.BankPermissions;
import io.tangram.finance.impl.service.FinancePermissions;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/finance/bank-statement-lines/{id}}: one bank statement line, the book entries that may
 * record it, and matching it to them (or to a voucher posted from it).
 */
@Component(service = BankStatementLineResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("bank-statement-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BankStatementLineResource {

    /** A match: {@code {"voucherLineIds": [41, 42]}}, ledger lines whose sum equals the statement line. */
    public record MatchRequest(List<Long> voucherLineIds) {
    }

    private final BankStatements statements;
    private final BankReconciliation reconciliation;

    @Activate
    public BankStatementLineResource(@Reference BankStatements statements,
                                     @Reference BankReconciliation reconciliation) {
        this.statements = statements;
        this.reconciliation = reconciliation;
    }

    @GET
    @Path("{id}")
    @RequiresPermission(BankPermissions.READ)
    public BankStatementLineDto get(@PathParam("id") long id) {
        return statements.line(id);
    }

    /** Unmatched book entries of the same amount within {@code ?days=} (default 7) of the line, likeliest first. */
    @GET
    @Path("{id}/suggestions")
    @RequiresPermission(BankPermissions.READ)
    public List<MatchSuggestion> suggestions(@PathParam("id") long id, @QueryParam("days") Integer days) {
        return reconciliation.suggestions(id, days);
    }

    @POST
    @Path("{id}/match")
    @RequiresPermission(BankPermissions.RECONCILE)
    public BankStatementLineDto match(@PathParam("id") long id, MatchRequest request) {
        return reconciliation.match(id, require(request).voucherLineIds());
    }

    @DELETE
    @Path("{id}/match")
    @RequiresPermission(BankPermissions.RECONCILE)
    public BankStatementLineDto unmatch(@PathParam("id") long id) {
        return reconciliation.unmatch(id);
    }

    /**
     * Posts a voucher for a line the books lack (bank charges, interest) and matches it:
     * {@code {"accountCode": "5603"}}. Needs {@code finance.voucher.post} as well, since it posts.
     */
    @POST
    @Path("{id}/voucher")
    @RequiresPermission(BankPermissions.RECONCILE)
    public BankStatementLineDto postVoucher(@PathParam("id") long id, BankVoucherInput input) {
        CallContext.require(FinancePermissions.VOUCHER_POST);
        return reconciliation.postVoucher(id, require(input));
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }
}
