package io.tangram.platform.impl.event;

import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.ParkedEvent;
import io.tangram.platform.impl.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SQL of the outbox, cursors and failures. Every method works on the connection it is given, so it
 * runs inside whichever transaction the caller holds.
 */
final class OutboxStore {

    static final int PAYLOAD_MAX = 32000;

    private OutboxStore() {
    }

    /**
     * Appends an event. Incrementing {@code plat_outbox_seq} locks that row until the transaction
     * ends, so ids are handed out in commit order with no gaps: a cursor never skips an event that
     * commits late.
     */
    static long append(Connection c, String topic, long companyId, String sourceRef, String payload,
            String publishedBy, Instant at) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE plat_outbox_seq SET last_id = last_id + 1 WHERE name = 'outbox'")) {
            up.executeUpdate();
        }
        long id;
        try (PreparedStatement q = c.prepareStatement("SELECT last_id FROM plat_outbox_seq WHERE name = 'outbox'");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO plat_outbox "
                + "(id, topic, company_id, source_ref, payload, occurred_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, id);
            ins.setString(2, topic);
            ins.setLong(3, companyId);
            ins.setString(4, sourceRef);
            ins.setString(5, payload);
            ins.setTimestamp(6, Timestamp.from(at));
            ins.setString(7, publishedBy);
            ins.executeUpdate();
        }
        return id;
    }

    static long lastEventId(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT MAX(id) FROM plat_outbox");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Events after {@code afterId}, oldest first. */
    static List<DomainEvent> after(Connection c, long afterId, int limit) throws SQLException {
        List<DomainEvent> events = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, topic, company_id, source_ref, payload, occurred_at, "
                + "published_by FROM plat_outbox WHERE id > ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")) {
            q.setLong(1, afterId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs));
                }
            }
        }
        return events;
    }

    static Optional<DomainEvent> event(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id, topic, company_id, source_ref, payload, occurred_at, "
                + "published_by FROM plat_outbox WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static DomainEvent read(ResultSet rs) throws SQLException {
        return new DomainEvent(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7));
    }

    /** Number of events after {@code afterId} per topic. */
    static Map<String, Long> countsByTopicAfter(Connection c, long afterId) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT topic, COUNT(*) FROM plat_outbox WHERE id > ? GROUP BY topic")) {
            q.setLong(1, afterId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** A cursor as stored. */
    record Cursor(String subscriberId, long lastEventId, String topics) {
    }

    static Optional<Cursor> cursor(Connection c, String subscriberId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT subscriber_id, last_event_id, topics FROM plat_event_cursor WHERE subscriber_id = ?")) {
            q.setString(1, subscriberId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new Cursor(rs.getString(1), rs.getLong(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    static List<Cursor> cursors(Connection c) throws SQLException {
        List<Cursor> cursors = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT subscriber_id, last_event_id, topics FROM plat_event_cursor ORDER BY subscriber_id");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                cursors.add(new Cursor(rs.getString(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return cursors;
    }

    static void insertCursor(Connection c, String subscriberId, long lastEventId, Set<String> topics, Instant now)
            throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO plat_event_cursor "
                + "(subscriber_id, last_event_id, topics, registered_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            ins.setString(1, subscriberId);
            ins.setLong(2, lastEventId);
            ins.setString(3, String.join(",", topics));
            ins.setTimestamp(4, Timestamp.from(now));
            ins.setTimestamp(5, Timestamp.from(now));
            ins.executeUpdate();
        }
    }

    static void updateTopics(Connection c, String subscriberId, Set<String> topics) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE plat_event_cursor SET topics = ? WHERE subscriber_id = ?")) {
            up.setString(1, String.join(",", topics));
            up.setString(2, subscriberId);
            up.executeUpdate();
        }
    }

    /**
     * Locks the subscriber's cursor row for this transaction and returns its position, so two
     * dispatchers (nodes) never deliver the same event to the same subscriber at once.
     */
    static long lockCursor(Connection c, String subscriberId, Instant now) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE plat_event_cursor SET updated_at = ? WHERE subscriber_id = ?")) {
            up.setTimestamp(1, Timestamp.from(now));
            up.setString(2, subscriberId);
            if (up.executeUpdate() != 1) {
                throw new SQLException("No cursor for subscriber " + subscriberId);
            }
        }
        return cursor(c, subscriberId).orElseThrow().lastEventId();
    }

    static void advanceCursor(Connection c, String subscriberId, long eventId) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE plat_event_cursor SET last_event_id = ? WHERE subscriber_id = ? AND last_event_id < ?")) {
            up.setLong(1, eventId);
            up.setString(2, subscriberId);
            up.setLong(3, eventId);
            up.executeUpdate();
        }
    }

    /** A failure row of one subscriber that is still being retried (not parked). */
    record Retry(long eventId, int attempts, Instant nextAttemptAt, String lastError) {
    }

    static Optional<Retry> pendingRetry(Connection c, String subscriberId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT event_id, attempts, next_attempt_at, last_error "
                + "FROM plat_event_failure WHERE subscriber_id = ? AND parked = ? ORDER BY event_id")) {
            q.setString(1, subscriberId);
            q.setBoolean(2, false);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp next = rs.getTimestamp(3);
                return Optional.of(new Retry(rs.getLong(1), rs.getInt(2), next == null ? null : next.toInstant(), rs.getString(4)));
            }
        }
    }

    static int attempts(Connection c, String subscriberId, long eventId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT attempts FROM plat_event_failure WHERE subscriber_id = ? AND event_id = ?")) {
            q.setString(1, subscriberId);
            q.setLong(2, eventId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Records a failed attempt; parks the event when {@code park} is set. */
    static void recordFailure(Connection c, String subscriberId, long eventId, int attempts, String error,
            Instant nextAttemptAt, boolean park, Instant now) throws SQLException {
        String message = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
        try (PreparedStatement up = c.prepareStatement("UPDATE plat_event_failure SET attempts = ?, last_error = ?, "
                + "next_attempt_at = ?, parked = ?, parked_at = ? WHERE subscriber_id = ? AND event_id = ?")) {
            up.setInt(1, attempts);
            up.setString(2, message);
            up.setTimestamp(3, nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt));
            up.setBoolean(4, park);
            up.setTimestamp(5, park ? Timestamp.from(now) : null);
            up.setString(6, subscriberId);
            up.setLong(7, eventId);
            if (up.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO plat_event_failure (subscriber_id, event_id, "
                + "attempts, last_error, next_attempt_at, parked, parked_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ins.setString(1, subscriberId);
            ins.setLong(2, eventId);
            ins.setInt(3, attempts);
            ins.setString(4, message);
            ins.setTimestamp(5, nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt));
            ins.setBoolean(6, park);
            ins.setTimestamp(7, park ? Timestamp.from(now) : null);
            ins.executeUpdate();
        }
    }

    static void clearFailure(Connection c, String subscriberId, long eventId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM plat_event_failure WHERE subscriber_id = ? AND event_id = ?")) {
            del.setString(1, subscriberId);
            del.setLong(2, eventId);
            del.executeUpdate();
        }
    }

    static List<ParkedEvent> parked(Connection c, String subscriberId) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT f.subscriber_id, f.event_id, o.topic, o.source_ref, f.attempts, "
                + "f.last_error, f.parked_at FROM plat_event_failure f JOIN plat_outbox o ON o.id = f.event_id "
                + "WHERE f.parked = ?");
        List<Object> args = new ArrayList<>();
        args.add(Boolean.TRUE);
        Jdbc.where(sql, args, "f.subscriber_id = ?", subscriberId);
        sql.append(" ORDER BY f.subscriber_id, f.event_id");
        List<ParkedEvent> parked = new ArrayList<>();
        try (PreparedStatement q = Jdbc.prepare(c, sql.toString(), args); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                parked.add(new ParkedEvent(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
            }
        }
        return parked;
    }
}
