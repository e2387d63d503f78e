package io.tangram.itest.module;

import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.RequiresPermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/itest/received}: the events the test subscriber recorded, oldest first. */
@Component(service = ReceivedResource.class)
@JaxrsResource
@JaxrsApplicationSelect(ItestApplication.SELECT)
@Path("received")
@Produces(MediaType.APPLICATION_JSON)
public class ReceivedResource {

    private final DataSource dataSource;

    @Activate
    public ReceivedResource(@Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
            @Reference(target = "(tangram.module=itest)") SchemaReady schema) {
        this.dataSource = dataSource;
    }

    @GET
    @RequiresPermission("itest.received.read")
    public List<Map<String, Object>> received() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT event_id, topic, source_ref FROM itest_received ORDER BY event_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(Map.of("eventId", rs.getLong(1), "topic", rs.getString(2),
                        "sourceRef", rs.getString(3) == null ? "" : rs.getString(3)));
            }
        }
        return rows;
    }
}
