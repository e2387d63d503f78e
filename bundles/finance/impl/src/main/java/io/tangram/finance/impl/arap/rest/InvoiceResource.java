package io.tangram.finance.impl.arap.rest;

import java.time.LocalDate;
import java.time.ZoneId;

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

import io.tangram.finance.impl.rest.Params;
import io.tangram.finance.impl.rest.FinanceApplication;
import io.tangram.finance.api.arap.CreditNoteInput;
import io.tangram.finance.api.arap.InvoiceDto;
import io.tangram.finance.api.arap.InvoiceInput;
import io.tangram.finance.api.arap.InvoiceKind;
import io.tangram.finance.api.arap.InvoiceQuery;
import io.tangram.finance.api.arap.InvoiceStatus;
import io.tangram.finance.api.arap.Invoices;
import io.tangram.finance.impl.arap.service.ArApPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/finance/invoices}: customer and supplier invoices from draft to posted, and their
 * credit notes ({@code POST /invoices/{id}/credit-notes}, posted at once).
 */
@Component(service = InvoiceResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(FinanceApplication.SELECT)
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private final Invoices invoices;

    @Activate
    public InvoiceResource(@Reference Invoices invoices) {
        this.invoices = invoices;
    }

    /** Newest first; {@code overdue=true} keeps invoices still open past their due date today. */
    @GET
    @RequiresPermission(ArApPermissions.INVOICE_READ)
    public Page<InvoiceDto> search(@QueryParam("companyId") Long companyId, @QueryParam("kind") InvoiceKind kind,
                                   @QueryParam("partyId") Long partyId, @QueryParam("status") InvoiceStatus status,
                                   @QueryParam("overdue") Boolean overdue, @QueryParam("creditNotes") Boolean creditNotes,
                                   @QueryParam("q") String q, @QueryParam("offset") Integer offset,
                                   @QueryParam("limit") Integer limit) {
        LocalDate overdueAt = Boolean.TRUE.equals(overdue) ? LocalDate.now(ZoneId.systemDefault()) : null;
        return invoices.search(Params.company(companyId), new InvoiceQuery(kind, partyId, status, overdueAt,
                creditNotes, q), PageRequest.of(offset, limit));
    }

    /** Keeps a draft. */
    @POST
    @RequiresPermission(ArApPermissions.INVOICE_WRITE)
    public Response draft(InvoiceInput input) {
        return Params.created(invoices.draft(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(ArApPermissions.INVOICE_READ)
    public InvoiceDto get(@PathParam("id") long id) {
        return invoices.get(id);
    }

    /** Replaces a draft. */
    @PUT
    @Path("{id}")
    @RequiresPermission(ArApPermissions.INVOICE_WRITE)
    public InvoiceDto update(@PathParam("id") long id, InvoiceInput input) {
        return invoices.update(id, Params.require(input));
    }

    /** Discards a draft. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(ArApPermissions.INVOICE_WRITE)
    public Response delete(@PathParam("id") long id) {
        invoices.deleteDraft(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/post")
    @RequiresPermission(ArApPermissions.INVOICE_POST)
    public InvoiceDto post(@PathParam("id") long id) {
        return invoices.post(id);
    }

    /** Issues and posts a credit note; no lines credits everything still open (cancellation). */
    @POST
    @Path("{id}/credit-notes")
    @RequiresPermission(ArApPermissions.INVOICE_POST)
    public Response creditNote(@PathParam("id") long id, CreditNoteInput input) {
        return Params.created(invoices.creditNote(id, Params.require(input)));
    }
}
