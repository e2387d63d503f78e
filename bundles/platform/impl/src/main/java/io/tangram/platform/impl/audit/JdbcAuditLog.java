package io.tangram.platform.impl.audit;

import io.tangram.platform.api.audit.AuditEntry;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.audit.AuditQuery;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.platform.impl.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit trail in {@code plat_audit}, written in the caller's transaction. */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {

    private static final int DETAILS_MAX = 4000;

    private final DataSource dataSource;
    private final Transactions tx;

    @Activate
    public JdbcAuditLog(@Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
            @Reference Transactions tx,
            @Reference(target = "(tangram.module=platform)") SchemaReady schema) {
        this.dataSource = dataSource;
        this.tx = tx;
    }

    @Override
    public void record(String module, String action, String entityType, String entityId, String details) {
        String actor = CallContext.actorName();
        tx.required(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("INSERT INTO plat_audit "
                            + "(occurred_at, actor, module, action, entity_type, entity_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.setString(2, actor);
                ps.setString(3, module);
                ps.setString(4, action);
                ps.setString(5, entityType);
                ps.setString(6, entityId);
                ps.setString(7, details == null || details.length() <= DETAILS_MAX ? details
                        : details.substring(0, DETAILS_MAX - 1) + "…");
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, occurred_at, actor, module, action, entity_type, entity_id, details FROM plat_audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        Jdbc.where(sql, args, "actor = ?", q.actor());
        Jdbc.where(sql, args, "module = ?", q.module());
        Jdbc.where(sql, args, "entity_type = ?", q.entityType());
        Jdbc.where(sql, args, "entity_id = ?", q.entityId());
        Jdbc.where(sql, args, "occurred_at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
        Jdbc.where(sql, args, "occurred_at < ?", q.to() == null ? null : Timestamp.from(q.to()));
        sql.append(" ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        args.add(Math.max(q.offset(), 0));
        args.add(q.limit() <= 0 ? 50 : q.limit());
        return tx.required(() -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = Jdbc.prepare(c, sql.toString(), args);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            return entries;
        });
    }
}
