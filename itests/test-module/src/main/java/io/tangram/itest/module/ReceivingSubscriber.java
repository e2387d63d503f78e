package io.tangram.itest.module;

import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.platform.api.schema.SchemaReady;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Records every event it receives in {@code itest_received}, inside the delivery transaction. A
 * duplicate delivery violates the primary key, so "exactly once" is checked by the database.
 */
@Component
public class ReceivingSubscriber implements EventSubscriber {

    public static final String ID = "itest.receiver";

    private final DataSource dataSource;

    @Activate
    public ReceivingSubscriber(@Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
            @Reference(target = "(tangram.module=itest)") SchemaReady schema) {
        this.dataSource = dataSource;
    }

    @Override
    public String subscriberId() {
        return ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of("tangram/itest/*", "tangram/masterdata/PartyCreated");
    }

    @Override
    public StartPosition startPosition() {
        return StartPosition.BEGINNING;
    }

    @Override
    public void handle(DomainEvent event) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            if (event.sourceRef() != null && event.sourceRef().startsWith("FAIL") && failing(c)) {
                throw new IllegalStateException("itest switch 'fail' is on for " + event.sourceRef());
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO itest_received (event_id, topic, source_ref, received_at) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, event.id());
                ps.setString(2, event.topic());
                ps.setString(3, event.sourceRef());
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
        }
    }

    private static boolean failing(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM itest_switch WHERE name = 'fail'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
