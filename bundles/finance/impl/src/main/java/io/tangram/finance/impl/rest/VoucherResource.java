package io.tangram.finance.impl.rest;

import java.time.LocalDate;
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

import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherQuery;
import io.tangram.finance.api.VoucherStatus;
import io.tangram.finance.api.Vouchers;
import io.tangram.finance.impl.service.FinancePermissions;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/finance/vouchers}: vouchers (凭证) from draft to posted, and their red-ink reversal.
 * {@code POST /vouchers} keeps a draft; {@code POST /vouchers/posted} records and posts in one step.
 */
@Component(service = VoucherResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("vouchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoucherResource {

    /** A reversal: {@code {"date": "2026-11-30", "reason": "…"}}; no date reverses on the original's date. */
    public record Reversal(String date, String reason) {
    }

    private final Vouchers vouchers;

    @Activate
    public VoucherResource(@Reference Vouchers vouchers) {
        this.vouchers = vouchers;
    }

    /** Vouchers of a company, newest first; {@code q} finds number, description or source reference. */
    @GET
    @RequiresPermission(FinancePermissions.VOUCHER_READ)
    public Page<VoucherDto> search(@QueryParam("companyId") Long companyId, @QueryParam("from") LocalDate from,
                                   @QueryParam("to") LocalDate to, @QueryParam("status") VoucherStatus status,
                                   @QueryParam("accountCode") String accountCode,
                                   @QueryParam("sourceType") String sourceType, @QueryParam("q") String q,
                                   @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        VoucherQuery query = new VoucherQuery(from, to, status, accountCode, sourceType, q);
        return vouchers.search(Params.company(companyId), query, PageRequest.of(offset, limit));
    }

    /** Keeps a draft. */
    @POST
    @RequiresPermission(FinancePermissions.VOUCHER_WRITE)
    public Response draft(VoucherInput input) {
        return created(vouchers.draft(require(input)));
    }

    /** Records and posts a voucher in one transaction. */
    @POST
    @Path("posted")
    @RequiresPermission(FinancePermissions.VOUCHER_POST)
    public Response record(VoucherInput input) {
        return created(vouchers.record(require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(FinancePermissions.VOUCHER_READ)
    public VoucherDto get(@PathParam("id") long id) {
        return vouchers.get(id);
    }

    /** Replaces date, description, source and lines of a draft. */
    @PUT
    @Path("{id}")
    @RequiresPermission(FinancePermissions.VOUCHER_WRITE)
    public VoucherDto update(@PathParam("id") long id, VoucherInput input) {
        return vouchers.update(id, require(input));
    }

    /** Discards a draft. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(FinancePermissions.VOUCHER_WRITE)
    public Response delete(@PathParam("id") long id) {
        vouchers.deleteDraft(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/post")
    @RequiresPermission(FinancePermissions.VOUCHER_POST)
    public VoucherDto post(@PathParam("id") long id) {
        return vouchers.post(id);
    }

    /** Posts the red-ink reversal of a posted voucher. */
    @POST
    @Path("{id}/reversal")
    @RequiresPermission(FinancePermissions.VOUCHER_REVERSE)
    public Response reverse(@PathParam("id") long id, Reversal reversal) {
        Reversal r = require(reversal);
        return created(vouchers.reverse(id, Params.date("date", r.date()), r.reason()));
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }

    private static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
