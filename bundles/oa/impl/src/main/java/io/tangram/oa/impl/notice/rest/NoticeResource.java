package io.tangram.oa.impl.notice.rest;

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

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.notice.NoticeDto;
import io.tangram.oa.impl.notice.NoticeInput;
import io.tangram.oa.impl.notice.NoticePermissions;
import io.tangram.oa.impl.notice.NoticeReceipts;
import io.tangram.oa.impl.notice.NoticeService;
import io.tangram.oa.impl.notice.NoticeStatus;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/**
 * {@code /api/oa/notices}: the notices for the caller (pinned first; {@code GET /{id}} records the
 * read receipt), and for publishers {@code /manage}, drafts, publishing and {@code /{id}/receipts}.
 */
@Component(service = NoticeResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {

    private final NoticeService notices;

    @Activate
    public NoticeResource(@Reference NoticeService notices) {
        this.notices = notices;
    }

    /** {@code ?unread=true} keeps the ones the caller has not opened yet. */
    @GET
    @RequiresPermission(NoticePermissions.NOTICE_READ)
    public Page<NoticeDto> readable(@QueryParam("companyId") Long companyId, @QueryParam("unread") Boolean unread,
                                    @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return notices.readable(company(companyId), Boolean.TRUE.equals(unread), RequestParams.page(offset, limit));
    }

    /** Every notice of the company, drafts included; {@code ?status=DRAFT|PUBLISHED|UNPUBLISHED}. */
    @GET
    @Path("manage")
    @RequiresPermission(NoticePermissions.NOTICE_PUBLISH)
    public Page<NoticeDto> all(@QueryParam("companyId") Long companyId, @QueryParam("status") String status,
                               @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return notices.all(company(companyId), RequestParams.choice("status", status, NoticeStatus.class),
                RequestParams.page(offset, limit));
    }

    @POST
    @RequiresPermission(NoticePermissions.NOTICE_PUBLISH)
    public Response create(NoticeInput input) {
        return RequestParams.created(notices.create(RequestParams.require(input)));
    }

    /** Opens the notice; the first time a member of its audience does, their read receipt is recorded. */
    @GET
    @Path("{id}")
    @RequiresPermission(NoticePermissions.NOTICE_READ)
    public NoticeDto open(@PathParam("id") long id) {
        return notices.open(id);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(NoticePermissions.NOTICE_PUBLISH)
    public NoticeDto update(@PathParam("id") long id, NoticeInput input) {
        return notices.update(id, RequestParams.require(input));
    }

    @POST
    @Path("{id}/publish")
    @RequiresPermission(NoticePermissions.NOTICE_PUBLISH)
    public NoticeDto publish(@PathParam("id") long id) {
        return notices.publish(id);
    }

    @POST
    @Path("{id}/unpublish")
    @RequiresPermission(NoticePermissions.NOTICE_PUBLISH)
    public NoticeDto unpublish(@PathParam("id") long id) {
        return notices.unpublish(id);
    }

    @GET
    @Path("{id}/receipts")
    @RequiresPermission(NoticePermissions.NOTICE_PUBLISH)
    public NoticeReceipts receipts(@PathParam("id") long id) {
        return notices.receipts(id);
    }

    private static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }
}
