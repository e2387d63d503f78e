package io.tangram.crm.impl.lead.rest;

import java.io.InputStream;

import javax.ws.rs.Consumes;
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

import io.tangram.crm.api.lead.CaptureOutcome;
import io.tangram.crm.api.lead.LeadCapture;
import io.tangram.crm.api.lead.LeadConversion;
import io.tangram.crm.api.lead.LeadConversionInput;
import io.tangram.crm.api.lead.LeadDto;
import io.tangram.crm.api.lead.LeadImportReport;
import io.tangram.crm.api.lead.LeadInput;
import io.tangram.crm.api.lead.LeadQuery;
import io.tangram.crm.api.lead.LeadStatus;
import io.tangram.crm.api.lead.LeadStatusChange;
import io.tangram.crm.api.lead.Leads;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.lead.LeadCsv;
import io.tangram.crm.impl.lead.LeadPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/crm/leads}: leads scoped to what the caller may see. A new lead answers 201 when
 * created and 200 when merged into the open lead it duplicates; a customer's duplicate is a 409
 * naming the customer. A lead file is uploaded as the raw CSV body ({@code Content-Type: text/csv},
 * UTF-8) and answered with a row-by-row report.
 */
@Component(service = LeadResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LeadResource {
    static final String CSV = "text/csv";

    private final Leads leads;

    @Activate
    public LeadResource(@Reference Leads leads) {
        this.leads = leads;
    }

    @GET
    @RequiresPermission(LeadPermissions.LEAD_READ)
    public Page<LeadDto> search(@QueryParam("companyId") Long companyId, @QueryParam("q") String q,
                                @QueryParam("status") String status, @QueryParam("owner") String owner,
                                @QueryParam("source") String source, @QueryParam("offset") Integer offset,
                                @QueryParam("limit") Integer limit) {
        return leads.search(Params.company(companyId), new LeadQuery(q, Params.choice("status", status, LeadStatus.class),
                owner, source), Params.page(offset, limit));
    }

    @POST
    @RequiresPermission(LeadPermissions.LEAD_WRITE)
    public Response capture(LeadInput input) {
        LeadCapture capture = leads.capture(Params.require(input));
        return capture.outcome() == CaptureOutcome.CREATED ? Params.created(capture) : Response.ok(capture).build();
    }

    /** Imports a lead file: 200 with what each row became (created, merged or refused, with line and field). */
    @POST
    @Path("import")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @RequiresPermission(LeadPermissions.LEAD_WRITE)
    public LeadImportReport importCsv(@QueryParam("companyId") Long companyId, InputStream body) {
        return leads.importCsv(Params.company(companyId), LeadCsv.read(body));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(LeadPermissions.LEAD_READ)
    public LeadDto get(@PathParam("id") long id) {
        return leads.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(LeadPermissions.LEAD_WRITE)
    public LeadDto update(@PathParam("id") long id, LeadInput input) {
        return leads.update(id, Params.require(input));
    }

    /** {@code {"status": "QUALIFIED"}} or {@code {"status": "DISQUALIFIED", "reason": "no budget"}}. */
    @POST
    @Path("{id}/status")
    @RequiresPermission(LeadPermissions.LEAD_WRITE)
    public LeadDto changeStatus(@PathParam("id") long id, LeadStatusChange change) {
        return leads.changeStatus(id, Params.require(change));
    }

    /** Hands the lead to another rep: {@code {"owner": "li.na"}}. */
    @POST
    @Path("{id}/assign")
    @RequiresPermission(LeadPermissions.LEAD_WRITE)
    public LeadDto assign(@PathParam("id") long id, Owner body) {
        return leads.assign(id, Params.require(body).owner());
    }

    /** Converts the lead; every field of the body is optional ({@code {}}). */
    @POST
    @Path("{id}/convert")
    @RequiresPermission(LeadPermissions.LEAD_CONVERT)
    public LeadConversion convert(@PathParam("id") long id, LeadConversionInput input) {
        return leads.convert(id, input);
    }

    /** The body of a hand-over. */
    public record Owner(String owner) {
    }
}
