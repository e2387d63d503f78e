package io.tangram.crm.impl.campaign.rest;

import java.util.List;

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

import io.tangram.crm.api.campaign.CampaignDto;
import io.tangram.crm.api.campaign.CampaignInput;
import io.tangram.crm.api.campaign.CampaignRecipientDto;
import io.tangram.crm.api.campaign.CampaignResponseInput;
import io.tangram.crm.api.campaign.CampaignResults;
import io.tangram.crm.api.campaign.CampaignSendInput;
import io.tangram.crm.api.campaign.Campaigns;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.campaign.CampaignPermissions;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/campaigns}: campaigns, their launch, recipients, sends, responses and results. */
@Component(service = CampaignResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {

    private final Campaigns campaigns;

    @Activate
    public CampaignResource(@Reference Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    @RequiresPermission(CampaignPermissions.CAMPAIGN_READ)
    public List<CampaignDto> list(@QueryParam("companyId") Long companyId) {
        return campaigns.list(Params.company(companyId));
    }

    @POST
    @RequiresPermission(CampaignPermissions.CAMPAIGN_WRITE)
    public Response create(CampaignInput input) {
        return Params.created(campaigns.create(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CampaignPermissions.CAMPAIGN_READ)
    public CampaignDto get(@PathParam("id") long id) {
        return campaigns.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(CampaignPermissions.CAMPAIGN_WRITE)
    public CampaignDto update(@PathParam("id") long id, CampaignInput input) {
        return campaigns.update(id, Params.require(input));
    }

    /** Fixes the recipients from the target segment (no body). */
    @POST
    @Path("{id}/launch")
    @RequiresPermission(CampaignPermissions.CAMPAIGN_WRITE)
    public CampaignDto launch(@PathParam("id") long id) {
        return campaigns.launch(id);
    }

    @GET
    @Path("{id}/recipients")
    @RequiresPermission(CampaignPermissions.CAMPAIGN_READ)
    public List<CampaignRecipientDto> recipients(@PathParam("id") long id) {
        return campaigns.recipients(id);
    }

    /** {@code {"customerIds": [101, 102]}} or {@code {"all": true}}, optional {@code "sentAt"}. */
    @POST
    @Path("{id}/sends")
    @RequiresPermission(CampaignPermissions.CAMPAIGN_WRITE)
    public List<CampaignRecipientDto> sends(@PathParam("id") long id, CampaignSendInput input) {
        return campaigns.recordSends(id, Params.require(input));
    }

    /** {@code {"customerId": 101, "note": "asked for a quote"}}, optional {@code "respondedAt"}. */
    @POST
    @Path("{id}/responses")
    @RequiresPermission(CampaignPermissions.CAMPAIGN_WRITE)
    public CampaignRecipientDto respond(@PathParam("id") long id, CampaignResponseInput input) {
        return campaigns.recordResponse(id, Params.require(input));
    }

    @GET
    @Path("{id}/results")
    @RequiresPermission(CampaignPermissions.CAMPAIGN_READ)
    public CampaignResults results(@PathParam("id") long id) {
        return campaigns.results(id);
    }
}
