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
import io.tangram.oa.impl.document.DocumentStatus;
import io.tangram.oa.impl.document.DocumentUpdate;
import io.tangram.oa.impl.document.DocumentVersionDto;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/documents}: search, new versions ({@code PUT /documents/{id}/content} with the raw
 * file), downloads of the current or any version, history, check-out and check-in, tags, rename or
 * move, recycle ({@code DELETE}) and restore.
 */
@Component(service = DocumentResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService documents;

    @Activate
    public DocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    /**
     * Documents in the folders the caller may read, by name: {@code ?q=} part of the name (any case),
     * {@code tag}, {@code contentType} ({@code pdf} or {@code application/pdf}), {@code folderId},
     * {@code status=RECYCLED} for the recycle bin (administrators).
     */
    @GET
    @RequiresPermission(DocumentPermissions.READ)
    public Page<DocumentDto> search(@QueryParam("companyId") Long companyId, @QueryParam("q") String q,
                                    @QueryParam("tag") String tag, @QueryParam("contentType") String contentType,
                                    @QueryParam("folderId") Long folderId, @QueryParam("status") String status,
                                    @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return documents.search(DocumentRequests.company(companyId), new DocumentQuery(q, tag, contentType, folderId,
                RequestParams.choice("status", status, DocumentStatus.class)), RequestParams.page(offset, limit));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(DocumentPermissions.READ)
    public DocumentDto get(@PathParam("id") long id) {
        return documents.get(id);
    }

    /** Renames (keeping the extension) or moves: {@code {"name": "合同-终稿.docx", "folderId": 7}}. */
    @PUT
    @Path("{id}")
    @RequiresPermission(DocumentPermissions.WRITE)
    public DocumentDto update(@PathParam("id") long id, DocumentUpdate input) {
        return documents.update(id, RequestParams.require(input));
    }

    /** Moves the document to the recycle bin; nothing is destroyed. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(DocumentPermissions.WRITE)
    public DocumentDto recycle(@PathParam("id") long id) {
        return documents.recycle(id);
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission(DocumentPermissions.ADMIN)
    public DocumentDto restore(@PathParam("id") long id) {
        return documents.restore(id);
    }

    /** The current version's bytes. */
    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(DocumentPermissions.READ)
    public Response download(@PathParam("id") long id) {
        return DocumentRequests.download(documents.download(id, null));
    }

    /**
     * Uploads a new version: the raw file as the body, optional {@code ?name=} of the uploaded file
     * (the document keeps its name) and {@code comment}.
     */
    @PUT
    @Path("{id}/content")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(DocumentPermissions.WRITE)
    public DocumentDto uploadVersion(@PathParam("id") long id, @QueryParam("name") String name,
                                     @HeaderParam(DocumentRequests.FILE_NAME_HEADER) String headerName,
                                     @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                     @QueryParam("comment") String comment, InputStream body) {
        return documents.uploadVersion(id, DocumentRequests.upload(name, headerName, contentType, comment, null),
                body);
    }

    /** Every version, newest first. */
    @GET
    @Path("{id}/versions")
    @RequiresPermission(DocumentPermissions.READ)
    public List<DocumentVersionDto> versions(@PathParam("id") long id) {
        return documents.versions(id);
    }

    @GET
    @Path("{id}/versions/{version}/content")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(DocumentPermissions.READ)
    public Response downloadVersion(@PathParam("id") long id, @PathParam("version") int version) {
        return DocumentRequests.download(documents.download(id, version));
    }

    @POST
    @Path("{id}/checkout")
    @RequiresPermission(DocumentPermissions.WRITE)
    public DocumentDto checkOut(@PathParam("id") long id) {
        return documents.checkOut(id);
    }

    @POST
    @Path("{id}/checkin")
    @RequiresPermission(DocumentPermissions.WRITE)
    public DocumentDto checkIn(@PathParam("id") long id) {
        return documents.checkIn(id);
    }

    /** Replaces the tags: {@code ["合同", "2026"]}. */
    @PUT
    @Path("{id}/tags")
    @RequiresPermission(DocumentPermissions.WRITE)
    public DocumentDto tag(@PathParam("id") long id, List<String> tags) {
        return documents.tag(id, tags);
    }
}
