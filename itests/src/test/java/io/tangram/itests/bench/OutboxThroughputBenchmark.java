package io.tangram.itests.bench;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import io.tangram.itests.TangramTestSupport;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.platform.api.tx.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

/**
 * What the transactional outbox costs on embedded Derby, inside the container: events published
 * the way a document publishes them ({@link Transactions#required} + {@link EventPublisher#publish}),
 * one per transaction and 100 per transaction, and delivered to a subscriber that writes a row per
 * event; against plain JDBC inserts of rows of the same shape and size into a table like the outbox.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OutboxThroughputBenchmark extends TangramTestSupport {

    private static final int WARM_UP = 200;
    private static final int EVENTS = 2_000;
    private static final int BATCH = 100;
    private static final int ROUNDS = 3;
    private static final String TOPIC = "tangram/bench/Measured";
    private static final String PAYLOAD = payload(320);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(2);

    @Inject
    private Transactions transactions;

    @Inject
    private EventPublisher publisher;

    private long nextPlainId = 1;

    @Override
    protected Option[] extraOptions() {
        return new Option[] {systemProperty(BenchmarkReport.PROPERTY).value(BenchmarkReport.file().toString())};
    }

    /** Events published and the nanoseconds until the last was published and until the last was delivered. */
    private record OutboxRun(int events, long publishNanos, long deliverNanos) {

        double publishedPerSecond() {
            return perSecond(events, publishNanos);
        }

        double deliveredPerSecond() {
            return perSecond(events, deliverNanos);
        }
    }

    /** One round at one transaction size: plain JDBC, then the outbox, back to back on the same machine load. */
    private record Round(double plainPerSecond, OutboxRun outbox) {

        double publishRatio() {
            return outbox.publishedPerSecond() / plainPerSecond;
        }

        double deliveredRatio() {
            return outbox.deliveredPerSecond() / plainPerSecond;
        }
    }

    @Test
    public void outboxAgainstPlainJdbc() throws Exception {
        execute("CREATE TABLE bench_received (event_id BIGINT NOT NULL PRIMARY KEY, source_ref VARCHAR(100), "
                + "received_at TIMESTAMP NOT NULL)");
        execute("CREATE TABLE bench_plain (id BIGINT NOT NULL PRIMARY KEY, topic VARCHAR(200) NOT NULL, "
                + "company_id BIGINT NOT NULL, source_ref VARCHAR(100), payload VARCHAR(32000) NOT NULL, "
                + "occurred_at TIMESTAMP NOT NULL, published_by VARCHAR(64) NOT NULL)");
        execute("CREATE INDEX bench_plain_topic_ix ON bench_plain (topic, id)");

        Receiver receiver = new Receiver("bench.outbox." + UUID.randomUUID());
        ServiceRegistration<EventSubscriber> registration =
                bundleContext.registerService(EventSubscriber.class, receiver, null);
        try {
            await("the cursor of " + receiver.id, Duration.ofSeconds(30),
                    () -> count("SELECT COUNT(*) FROM plat_event_cursor WHERE subscriber_id = ?", receiver.id) == 1);
            publishAndDeliver(WARM_UP, 1, receiver);
            plainInserts(WARM_UP, 1);
            BenchmarkReport.note("outbox: %d rounds of %,d events (%d B payload) per transaction size, after %,d "
                    + "untimed; delivered = from the first publish until the subscriber's transaction for the last "
                    + "event committed; figures are medians of the rounds", ROUNDS, EVENTS, PAYLOAD.length(), WARM_UP);
            List<Round> single = new ArrayList<>();
            List<Round> batched = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                single.add(measure(round, 1, receiver));
                batched.add(measure(round, BATCH, receiver));
            }
            report(1, single);
            report(BATCH, batched);
        } finally {
            registration.unregister();
        }
    }

    private Round measure(int round, int perTransaction, Receiver receiver) throws Exception {
        double plain = plainInserts(EVENTS, perTransaction);
        Round result = new Round(plain, publishAndDeliver(EVENTS, perTransaction, receiver));
        BenchmarkReport.note("outbox round %d, %s: plain JDBC %,.0f rows/s; outbox published in %,d ms (%,.0f/s), "
                + "all delivered after %,d ms (%,.0f/s)", round, perTx(perTransaction, "event"), plain,
                result.outbox().publishNanos() / 1_000_000, result.outbox().publishedPerSecond(),
                result.outbox().deliverNanos() / 1_000_000, result.outbox().deliveredPerSecond());
        return result;
    }

    private OutboxRun publishAndDeliver(int events, int perTransaction, Receiver receiver) throws Exception {
        long deliveredBefore = receiver.delivered.get();
        List<Long> ids = new ArrayList<>(events);
        long start = System.nanoTime();
        for (int first = 0; first < events; first += perTransaction) {
            int from = first;
            int to = Math.min(events, first + perTransaction);
            transactions.required(() -> {
                for (int i = from; i < to; i++) {
                    ids.add(publisher.publish(TOPIC, 1L, "BENCH-" + i, PAYLOAD));
                }
                return null;
            });
        }
        long published = System.nanoTime();
        long delivered = receiver.awaitDelivered(deliveredBefore + events);
        assertAllReceived(ids);
        return new OutboxRun(events, published - start, delivered - start);
    }

    private void assertAllReceived(List<Long> ids) throws SQLException {
        Set<Long> published = new HashSet<>(ids);
        assertEquals("distinct outbox ids", ids.size(), published.size());
        Set<Long> received = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT event_id FROM bench_received WHERE event_id BETWEEN ? AND ?")) {
            q.setLong(1, published.stream().mapToLong(Long::longValue).min().orElseThrow());
            q.setLong(2, published.stream().mapToLong(Long::longValue).max().orElseThrow());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    received.add(rs.getLong(1));
                }
            }
        }
        assertEquals("events the subscriber stored", published, received);
    }

    /** Inserts {@code rows} outbox-like rows with plain JDBC, committing every {@code perTransaction}; rows/s. */
    private double plainInserts(int rows, int perTransaction) throws SQLException {
        long start = System.nanoTime();
        for (int first = 0; first < rows; first += perTransaction) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_plain (id, topic, company_id, "
                        + "source_ref, payload, occurred_at, published_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = first; i < Math.min(rows, first + perTransaction); i++) {
                        insert.setLong(1, nextPlainId++);
                        insert.setString(2, TOPIC);
                        insert.setLong(3, 1L);
                        insert.setString(4, "BENCH-" + i);
                        insert.setString(5, PAYLOAD);
                        insert.setTimestamp(6, Timestamp.from(Instant.now()));
                        insert.setString(7, "bench");
                        insert.executeUpdate();
                    }
                }
                c.commit();
                c.setAutoCommit(true);
            }
        }
        return perSecond(rows, System.nanoTime() - start);
    }

    private static void report(int perTransaction, List<Round> rounds) {
        String events = perTx(perTransaction, "event");
        BenchmarkReport.result("outbox publish, " + events, "%,.0f events/s",
                median(rounds, r -> r.outbox().publishedPerSecond()));
        BenchmarkReport.result("outbox publish -> delivered, " + events, "%,.0f events/s",
                median(rounds, r -> r.outbox().deliveredPerSecond()));
        BenchmarkReport.result("plain JDBC insert, " + perTx(perTransaction, "row"), "%,.0f rows/s",
                median(rounds, Round::plainPerSecond));
        BenchmarkReport.result("ratio outbox/plain, publish, " + events, "%.2f",
                median(rounds, Round::publishRatio));
        BenchmarkReport.result("ratio outbox/plain, delivered, " + events, "%.2f",
                median(rounds, Round::deliveredRatio));
    }

    private static String perTx(int count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s") + "/tx";
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static double perSecond(long count, long nanos) {
        return count * 1e9 / nanos;
    }

    /** A JSON object of {@code size} characters, shaped like a document event. */
    private static String payload(int size) {
        String head = "{\"document\":\"SO-2026-000001\",\"partyId\":4711,\"total\":1234.50,"
                + "\"currency\":\"EUR\",\"note\":\"";
        return head + "x".repeat(size - head.length() - 2) + "\"}";
    }

    /** Stores each event it gets in the delivery transaction and counts it once that transaction committed. */
    private final class Receiver implements EventSubscriber {

        private final String id;
        private final AtomicLong delivered = new AtomicLong();
        private volatile long lastCommitNanos;

        Receiver(String id) {
            this.id = id;
        }

        @Override
        public String subscriberId() {
            return id;
        }

        @Override
        public Set<String> topics() {
            return Set.of(TOPIC);
        }

        @Override
        public StartPosition startPosition() {
            return StartPosition.NOW;
        }

        @Override
        public void handle(DomainEvent event) throws SQLException {
            try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO bench_received (event_id, source_ref, received_at) VALUES (?, ?, ?)")) {
                insert.setLong(1, event.id());
                insert.setString(2, event.sourceRef());
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            transactions.afterCommit(() -> {
                lastCommitNanos = System.nanoTime();
                delivered.incrementAndGet();
            });
        }

        /** Waits until {@code total} events were delivered; returns when the last delivery committed. */
        long awaitDelivered(long total) throws InterruptedException {
            long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
            while (delivered.get() < total) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("delivered " + delivered.get() + " of " + total + " events within "
                            + DELIVERY_TIMEOUT);
                }
                Thread.sleep(2);
            }
            return lastCommitNanos;
        }
    }
}
