package io.tangram.oa.impl.document.rest;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.document.DocumentDto;
import io.tangram.oa.impl.document.DocumentPermissions;
import io.tangram.oa.impl.document.DocumentQuery;
import io.tangram.oa.impl.document.DocumentService;
import io.tangram.oa.impl.document.FolderDto;
import io.tangram.oa.impl.document.FolderInput;
import io.tangram.oa.impl.document.FolderService;
import io.tangram.oa.impl.document.GrantDto;
import io.tangram.oa.impl.document.GrantInput;
import io.tangram.oa.impl.document.GranteeType;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/folders}: the folder tree the caller may see, grants, the documents of a folder and
 * uploads into it ({@code POST /folders/{id}/documents?name=合同.docx} with the file as the raw body).
 */
@Component(service = FolderResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("folders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FolderResource {

    private final FolderService folders;
    private final DocumentService documents;

    @Activate
    public FolderResource(@Reference FolderService folders, @Reference DocumentService documents) {
        this.folders = folders;
        this.documents = documents;
    }

    /** Every folder the caller may read, by path, with the caller's access level. */
    @GET
    @RequiresPermission(DocumentPermissions.READ)
    public List<FolderDto> list(@QueryParam("companyId") Long companyId) {
        return folders.list(DocumentRequests.company(companyId));
    }

    /** {@code {"parentId": 3, "name": "2026"}}; without {@code parentId} a top-level folder (administrators). */
    @POST
    @RequiresPermission(DocumentPermissions.WRITE)
    public Response create(FolderInput input) {
        return RequestParams.created(folders.create(RequestParams.require(input)));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(DocumentPermissions.READ)
    public FolderDto get(@PathParam("id") long id) {
        return folders.get(id);
    }

    /** Renames the folder: {@code {"name": "合同"}}. */
    @PUT
    @Path("{id}")
    @RequiresPermission(DocumentPermissions.WRITE)
    public FolderDto rename(@PathParam("id") long id, FolderInput input) {
        return folders.rename(id, RequestParams.require(input));
    }

    @GET
    @Path("{id}/grants")
    @RequiresPermission(DocumentPermissions.READ)
    public List<GrantDto> grants(@PathParam("id") long id) {
        return folders.grants(id);
    }

    /** {@code {"granteeType": "DEPARTMENT", "grantee": "D-HR", "level": "WRITE"}}; answers the folder's grants. */
    @POST
    @Path("{id}/grants")
    @RequiresPermission(DocumentPermissions.WRITE)
    public List<GrantDto> grant(@PathParam("id") long id, GrantInput input) {
        return folders.grant(id, RequestParams.require(input));
    }

    @DELETE
    @Path("{id}/grants/{granteeType}/{grantee}")
    @RequiresPermission(DocumentPermissions.WRITE)
    public Response revoke(@PathParam("id") long id, @PathParam("granteeType") String granteeType,
                           @PathParam("grantee") String grantee) {
        folders.revoke(id, RequestParams.choice("granteeType", granteeType, GranteeType.class), grantee);
        return Response.noContent().build();
    }

    /** The folder's documents by name; {@code ?q=} part of the name, {@code tag}, {@code contentType}. */
    @GET
    @Path("{id}/documents")
    @RequiresPermission(DocumentPermissions.READ)
    public Page<DocumentDto> documents(@PathParam("id") long id, @QueryParam("q") String q,
                                       @QueryParam("tag") String tag, @QueryParam("contentType") String contentType,
                                       @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        FolderDto folder = folders.get(id);
        return documents.search(folder.companyId(), new DocumentQuery(q, tag, contentType, id, null),
                RequestParams.page(offset, limit));
    }

    /**
     * Uploads a new document: the raw file as the body, its name in {@code ?name=} (or the
     * {@code X-File-Name} header, URL-encoded), optional {@code comment} and repeated {@code tag}.
     */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(DocumentPermissions.WRITE)
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name,
                           @HeaderParam(DocumentRequests.FILE_NAME_HEADER) String headerName,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("comment") String comment, @QueryParam("tag") List<String> tags,
                           InputStream body) {
        return RequestParams.created(documents.upload(id, DocumentRequests.upload(name, headerName, contentType,
                comment, tags), body));
    }
}
