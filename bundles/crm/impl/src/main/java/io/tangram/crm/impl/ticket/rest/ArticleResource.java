package io.tangram.crm.impl.ticket.rest;

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

import io.tangram.crm.api.ticket.ArticleDto;
import io.tangram.crm.api.ticket.ArticleInput;
import io.tangram.crm.api.ticket.ArticleQuery;
import io.tangram.crm.api.ticket.KnowledgeBase;
import io.tangram.crm.impl.CrmApplication;
import io.tangram.crm.impl.Params;
import io.tangram.crm.impl.ticket.TicketPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;

/** {@code /api/crm/kb/articles}: the knowledge base; {@code ?q=} searches title, body and tags. */
@Component(service = ArticleResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(CrmApplication.SELECT)
@Path("kb/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final KnowledgeBase kb;

    @Activate
    public ArticleResource(@Reference KnowledgeBase kb) {
        this.kb = kb;
    }

    @GET
    @RequiresPermission(TicketPermissions.KB_READ)
    public Page<ArticleDto> search(@QueryParam("companyId") Long companyId, @QueryParam("q") String q,
                                   @QueryParam("category") String category, @QueryParam("tag") String tag,
                                   @QueryParam("language") String language, @QueryParam("published") Boolean published,
                                   @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return kb.search(Params.company(companyId), new ArticleQuery(q, category, tag, language, published),
                Params.page(offset, limit));
    }

    @POST
    @RequiresPermission(TicketPermissions.KB_WRITE)
    public Response create(ArticleInput input) {
        return Params.created(kb.create(Params.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(TicketPermissions.KB_READ)
    public ArticleDto get(@PathParam("id") long id) {
        return kb.get(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(TicketPermissions.KB_WRITE)
    public ArticleDto update(@PathParam("id") long id, ArticleInput input) {
        return kb.update(id, Params.require(input));
    }
}
