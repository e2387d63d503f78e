package io.tangram.web.internal.platform;

import io.tangram.platform.api.security.PlatformPermissions;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.tangram.platform.api.audit.AuditEntry;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.audit.AuditQuery;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.internal.TangramApplication;

/** The audit trail, newest first. */
@Component(service = AuditResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(TangramApplication.SELECT)
@Path("platform/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private final AuditLog audit;

    /**
     * One page of audit entries. The audit log does not count its matches, so instead of a total
     * the page says whether more entries follow.
     */
    public record AuditPage(List<AuditEntry> items, int offset, int limit, boolean more) {
    }

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RequiresPermission(PlatformPermissions.AUDIT_READ)
    public AuditPage find(@QueryParam("actor") String actor, @QueryParam("module") String module,
                          @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(QueryParams.integer("offset", offset), QueryParams.integer("limit", limit));
        AuditQuery query = new AuditQuery(QueryParams.text(actor), QueryParams.text(module), QueryParams.text(entityType),
                QueryParams.text(entityId), QueryParams.instant("from", from), QueryParams.instant("to", to),
                page.offset(), page.limit() + 1);
        List<AuditEntry> found = audit.find(query);
        boolean more = found.size() > page.limit();
        return new AuditPage(List.copyOf(more ? found.subList(0, page.limit()) : found), page.offset(), page.limit(), more);
    }
}
