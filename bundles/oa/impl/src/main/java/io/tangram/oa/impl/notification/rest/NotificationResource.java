package io.tangram.oa.impl.notification.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.oa.impl.OaApplication;
import io.tangram.oa.impl.notification.NotificationDto;
import io.tangram.oa.impl.notification.NotificationPermissions;
import io.tangram.oa.impl.notification.NotificationService;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.api.RequestParams;

/** {@code /api/oa/notifications}: the caller's own inbox, unread first. */
@Component(service = NotificationResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(OaApplication.SELECT)
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;

    @Activate
    public NotificationResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    /** {@code ?category=sla} keeps one kind, {@code ?unread=true} only unread ones. */
    @GET
    @RequiresPermission(NotificationPermissions.NOTIFICATION_READ)
    public Page<NotificationDto> inbox(@QueryParam("companyId") Long companyId, @QueryParam("category") String category,
                                       @QueryParam("unread") Boolean unread, @QueryParam("offset") Integer offset,
                                       @QueryParam("limit") Integer limit) {
        return notifications.inbox(company(companyId), category, Boolean.TRUE.equals(unread),
                RequestParams.page(offset, limit));
    }

    @GET
    @Path("unread-count")
    @RequiresPermission(NotificationPermissions.NOTIFICATION_READ)
    public UnreadCount unreadCount(@QueryParam("companyId") Long companyId) {
        return new UnreadCount(notifications.unreadCount(company(companyId)));
    }

    @POST
    @Path("{id}/read")
    @RequiresPermission(NotificationPermissions.NOTIFICATION_READ)
    public NotificationDto markRead(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("read-all")
    @RequiresPermission(NotificationPermissions.NOTIFICATION_READ)
    public Marked markAllRead(@QueryParam("companyId") Long companyId) {
        return new Marked(notifications.markAllRead(company(companyId)));
    }

    private static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    /** How many notifications are unread. */
    public record UnreadCount(long unread) {
    }

    /** How many notifications were marked read. */
    public record Marked(int marked) {
    }
}
