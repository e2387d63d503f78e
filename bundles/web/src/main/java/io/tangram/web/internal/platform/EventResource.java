package io.tangram.web.internal.platform;

import io.tangram.platform.api.security.PlatformPermissions;
import java.util.List;

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

import io.tangram.platform.api.event.EventDeliveryAdmin;
import io.tangram.platform.api.event.ParkedEvent;
import io.tangram.platform.api.event.SubscriberStatus;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.internal.TangramApplication;

/** Operator view of event delivery: subscribers, parked events, retries. */
@Component(service = EventResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(TangramApplication.SELECT)
@Path("platform/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    private final EventDeliveryAdmin delivery;

    /** Outcome of a retry: whether the handler succeeded this time. */
    public record RetryResult(String subscriberId, long eventId, boolean succeeded) {
    }

    @Activate
    public EventResource(@Reference EventDeliveryAdmin delivery) {
        this.delivery = delivery;
    }

    @GET
    @Path("subscribers")
    @RequiresPermission(PlatformPermissions.EVENT_READ)
    public List<SubscriberStatus> subscribers() {
        return delivery.subscribers();
    }

    @GET
    @Path("parked")
    @RequiresPermission(PlatformPermissions.EVENT_READ)
    public List<ParkedEvent> parked(@QueryParam("subscriber") String subscriber) {
        return delivery.parked(QueryParams.text(subscriber));
    }

    @POST
    @Path("parked/{subscriber}/{eventId}/retry")
    @RequiresPermission(PlatformPermissions.EVENT_RETRY)
    public RetryResult retry(@PathParam("subscriber") String subscriber, @PathParam("eventId") String eventId) {
        long id = QueryParams.id("eventId", eventId);
        return new RetryResult(subscriber, id, delivery.retry(subscriber, id));
    }
}
