package io.tangram.finance.impl.arap.rest;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
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

import io.tangram.finance.impl.rest.Params;
import io.tangram.finance.impl.rest.FinanceApplication;
import io.tangram.finance.api.arap.PaymentDto;
import io.tangram.finance.api.arap.PaymentInput;
import io.tangram.finance.api.arap.PaymentKind;
import io.tangram.finance.api.arap.PaymentQuery;
import io.tangram.finance.api.arap.PaymentStatus;
import io.tangram.finance.api.arap.Payments;
import io.tangram.finance.impl.arap.service.ArApPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/finance/payments}: receipts (posted when entered) and supplier payments (draft →
 * approved → posted, 先审批、后付款; with OA installed, submitted to its workflow instead).
 */
@Component(service = PaymentResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    private final Payments payments;

    @Activate
    public PaymentResource(@Reference Payments payments) {
        this.payments = payments;
    }

    @GET
    @RequiresPermission(ArApPermissions.PAYMENT_READ)
    public Page<PaymentDto> search(@QueryParam("companyId") Long companyId, @QueryParam("kind") PaymentKind kind,
                                   @QueryParam("partyId") Long partyId, @QueryParam("status") PaymentStatus status,
                                   @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                   @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return payments.search(Params.company(companyId), new PaymentQuery(kind, partyId, status, from, to),
                PageRequest.of(offset, limit));
    }

    /** Enters a receipt (posted at once) or a supplier payment (a draft, or submitted to OA). */
    @POST
    @RequiresPermission(ArApPermissions.PAYMENT_WRITE)
    public Response create(PaymentInput input) {
        return Params.created(payments.create(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ArApPermissions.PAYMENT_READ)
    public PaymentDto get(@PathParam("id") long id) {
        return payments.get(id);
    }

    /** Submits a draft payment to the OA approval workflow. */
    @POST
    @Path("{id}/submit")
    @RequiresPermission(ArApPermissions.PAYMENT_WRITE)
    public PaymentDto submit(@PathParam("id") long id) {
        return payments.submit(id);
    }

    @POST
    @Path("{id}/approve")
    @RequiresPermission(ArApPermissions.PAYMENT_APPROVE)
    public PaymentDto approve(@PathParam("id") long id) {
        return payments.approve(id);
    }

    @POST
    @Path("{id}/post")
    @RequiresPermission(ArApPermissions.PAYMENT_POST)
    public PaymentDto post(@PathParam("id") long id) {
        return payments.post(id);
    }
}
