package io.tangram.platform.impl.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventDeliveryAdmin;
import io.tangram.platform.api.event.ParkedEvent;
import io.tangram.platform.api.event.SubscriberStatus;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writing events into the outbox inside the caller's transaction. */
class OutboxPublisherTest {

    private static final String PLACED = "tangram/sales/OrderPlaced";

    private final AtomicInteger wakeUps = new AtomicInteger();
    private DerbyTestDatabase db;
    private OutboxPublisher publisher;

    @BeforeEach
    void setUp() throws Exception {
        db = DerbyTestDatabase.withPlatformSchema("outbox");
        publisher = new OutboxPublisher(db.dataSource(), db.transactions(), new CountingAdmin(), "sales");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void storesTheEventWithConsecutiveIds() {
        assertEquals(1, publisher.publish(PLACED, 7, "SO-2026-000001", "{\"total\": 10}"));
        assertEquals(2, publisher.publish("tangram/sales/OrderCancelled", 7, null, "{}"));

        assertEquals(List.of(
                List.of(1L, PLACED, 7L, "SO-2026-000001", "{\"total\": 10}", "sales"),
                Arrays.asList(2L, "tangram/sales/OrderCancelled", 7L, null, "{}", "sales")),
                db.rows("SELECT id, topic, company_id, source_ref, payload, published_by FROM plat_outbox ORDER BY id"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM plat_outbox WHERE occurred_at IS NULL"));
        assertEquals(2, wakeUps.get(), "each publish outside a transaction wakes the dispatcher at once");
    }

    @Test
    void theEventCommitsOrRollsBackWithTheCallersTransaction() {
        assertThrows(IllegalStateException.class, () -> db.transactions().required(() -> {
            db.update("INSERT INTO plat_audit (occurred_at, actor, module, action, entity_type) "
                    + "VALUES (CURRENT_TIMESTAMP, 'li', 'sales', 'create', 'order')");
            publisher.publish(PLACED, 1, "SO-2026-000001", "{}");
            throw new IllegalStateException("order rejected");
        }));
        assertEquals(0, db.number("SELECT COUNT(*) FROM plat_outbox"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM plat_audit"));
        assertEquals(0, wakeUps.get(), "a rolled-back event wakes nobody");

        long id = db.transactions().required(() -> {
            long published = publisher.publish(PLACED, 1, "SO-2026-000002", "{}");
            assertEquals(0, wakeUps.get(), "no wake-up before the commit");
            return published;
        });
        assertEquals(1, id, "the rolled-back event left no gap in the ids");
        assertEquals(1, wakeUps.get());
        assertEquals(List.of("SO-2026-000002"), db.column("SELECT source_ref FROM plat_outbox"));
    }

    @Test
    void invalidEventsAreRefusedAndNothingIsWritten() {
        assertEquals(Set.of("topic"), refused("sales/OrderPlaced", "{}"));
        assertEquals(Set.of("topic"), refused("tangram/sales/orderPlaced", "{}"));
        assertEquals(Set.of("topic"), refused("tangram/Sales/OrderPlaced", "{}"));
        assertEquals(Set.of("topic"), refused("tangram/sales/*", "{}"));
        assertEquals(Set.of("topic"), refused(null, "{}"));
        assertEquals(Set.of("payload"), refused(PLACED, "order 42 placed"));
        assertEquals(Set.of("payload"), refused(PLACED, "[1, 2]"));
        assertEquals(Set.of("payload"), refused(PLACED, null));
        assertEquals(Set.of("payload"), refused(PLACED, "{\"x\": \"" + "a".repeat(OutboxStore.PAYLOAD_MAX) + "\"}"));
        assertEquals(Set.of("topic", "payload"), refused("OrderPlaced", "   "));
        ValidationException longRef = assertThrows(ValidationException.class,
                () -> publisher.publish(PLACED, 1, "R".repeat(101), "{}"));
        assertEquals(List.of("sourceRef"), longRef.errors().stream().map(FieldError::field).toList());

        assertEquals(0, db.number("SELECT COUNT(*) FROM plat_outbox"));
        assertEquals(0, db.number("SELECT last_id FROM plat_outbox_seq WHERE name = 'outbox'"));
        assertEquals(0, wakeUps.get());
    }

    private Set<String> refused(String topic, String payload) {
        ValidationException e = assertThrows(ValidationException.class, () -> publisher.publish(topic, 1, null, payload),
                topic + " " + payload);
        assertTrue(e.errors().stream().allMatch(f -> !f.message().en().isBlank()));
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private final class CountingAdmin implements EventDeliveryAdmin {

        @Override
        public List<SubscriberStatus> subscribers() {
            return List.of();
        }

        @Override
        public List<ParkedEvent> parked(String subscriberId) {
            return List.of();
        }

        @Override
        public boolean retry(String subscriberId, long eventId) {
            return false;
        }

        @Override
        public void wakeUp() {
            wakeUps.incrementAndGet();
        }
    }
}
