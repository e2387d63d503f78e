package io.tangram.crm.impl.ticket.rest;

import java.time.Instant;
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

import io.tangram.crm.api.ticket.ArticleDto;
import io.tangram.crm.api.ticket.ServiceLevels;
import io.tangram.crm.api.ticket.SlaCheckResult;
import io.tangram.crm.api.ticket.TicketCommentDto;
import io.tangram.crm.api.ticket.TicketCommentInput;
import io.tangram.crm.api.ticket.TicketDto;
import io.tangram.crm.api.ticket.TicketInput;
import io.tangram.crm.api.ticket.TicketPriority;
import io.tangram.crm.api.ticket.TicketQuery;
import io.tangram.crm.api.ticket.TicketStatus;
import io.tangram.crm.api.ticket.Tickets;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.ticket.TicketPermissions;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;

/**
 * {@code /api/crm/tickets}: service tickets, their replies and notes, workflow steps and linked
 * knowledge-base articles, scoped to what the caller may see; {@code POST /tickets/sla-check} runs
 * the SLA breach check at once ({@code ?now=} an ISO instant, for tests and catching up).
 */
@Component(service = TicketResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    private final Tickets tickets;
    private final ServiceLevels serviceLevels;

    @Activate
    public TicketResource(@Reference Tickets tickets, @Reference ServiceLevels serviceLevels) {
        this.tickets = tickets;
        this.serviceLevels = serviceLevels;
    }

    /** Newest first; {@code breached=true} keeps tickets that missed a target. */
    @GET
    @RequiresPermission(TicketPermissions.TICKET_READ)
    public Page<TicketDto> search(@QueryParam("companyId") Long companyId, @QueryParam("status") TicketStatus status,
                                  @QueryParam("priority") TicketPriority priority,
                                  @QueryParam("assignee") String assignee, @QueryParam("queue") String queue,
                                  @QueryParam("customerId") Long customerId, @QueryParam("breached") Boolean breached,
                                  @QueryParam("q") String q, @QueryParam("offset") Integer offset,
                                  @QueryParam("limit") Integer limit) {
        return tickets.search(Params.company(companyId), new TicketQuery(status, priority, assignee, queue, customerId,
                breached, q), Params.page(offset, limit));
    }

    @POST
    @RequiresPermission(TicketPermissions.TICKET_WRITE)
    public Response create(TicketInput input) {
        return Params.created(tickets.create(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(TicketPermissions.TICKET_READ)
    public TicketDto get(@PathParam("id") long id) {
        return tickets.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(TicketPermissions.TICKET_WRITE)
    public TicketDto update(@PathParam("id") long id, TicketInput input) {
        return tickets.update(id, Params.require(input));
    }

    @GET
    @Path("{id}/comments")
    @RequiresPermission(TicketPermissions.TICKET_READ)
    public List<TicketCommentDto> comments(@PathParam("id") long id) {
        return tickets.comments(id);
    }

    /** A reply to the customer, or with {@code "internal": true} a note for agents. */
    @POST
    @Path("{id}/comments")
    @RequiresPermission(TicketPermissions.TICKET_WRITE)
    public Response comment(@PathParam("id") long id, TicketCommentInput input) {
        return Params.created(tickets.comment(id, Params.require(input)));
    }

    /** {@code {"status": "RESOLVED"}}; {@code OPEN} on a resolved or closed ticket reopens it. */
    @POST
    @Path("{id}/status")
    @RequiresPermission(TicketPermissions.TICKET_WRITE)
    public TicketDto changeStatus(@PathParam("id") long id, StatusChange body) {
        return tickets.changeStatus(id, Params.require(body).status());
    }

    @GET
    @Path("{id}/articles")
    @RequiresPermission(TicketPermissions.TICKET_READ)
    public List<ArticleDto> articles(@PathParam("id") long id) {
        return tickets.articles(id);
    }

    /** {@code {"articleId": 3}}: links a published article; answers the ticket's articles. */
    @POST
    @Path("{id}/articles")
    @RequiresPermission(TicketPermissions.TICKET_WRITE)
    public List<ArticleDto> linkArticle(@PathParam("id") long id, ArticleLink body) {
        ArticleLink link = Params.require(body);
        if (link.articleId() == null) {
            throw ValidationException.of("articleId", Text.of("is required", "必填"));
        }
        return tickets.linkArticle(id, link.articleId());
    }

    @DELETE
    @Path("{id}/articles/{articleId}")
    @RequiresPermission(TicketPermissions.TICKET_WRITE)
    public Response unlinkArticle(@PathParam("id") long id, @PathParam("articleId") long articleId) {
        tickets.unlinkArticle(id, articleId);
        return Response.noContent().build();
    }

    /**
     * Runs the SLA check now, or as of {@code ?now=2026-12-01T02:00:00Z} (no body); answers the
     * breaches found that no earlier check reported.
     */
    @POST
    @Path("sla-check")
    @RequiresPermission(TicketPermissions.SLA_ADMIN)
    public SlaCheckResult slaCheck(@QueryParam("now") Instant now) {
        return serviceLevels.check(now == null ? Instant.now() : now);
    }

    /** The body of a status change. */
    public record StatusChange(TicketStatus status) {
    }

    /** The body of an article link. */
    public record ArticleLink(Long articleId) {
    }
}
