package io.tangram.platform.impl.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.platform.api.event.ParkedEvent;
import io.tangram.platform.api.event.SubscriberStatus;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox dispatcher against in-memory Derby, its worker not started: each test drives
 * {@link EventDispatcher#deliverRound()} itself and moves retry times through the data.
 */
class EventDispatcherTest {

    private static final String PLACED = "tangram/sales/OrderPlaced";
    private static final String CANCELLED = "tangram/sales/OrderCancelled";
    private static final String STOCK_MOVED = "tangram/inventory/StockMoved";
    private static final Duration BACKOFF = Duration.ofHours(1);
    private static final int MAX_ATTEMPTS = 3;

    private DerbyTestDatabase db;
    private EventDispatcher dispatcher;
    private OutboxPublisher publisher;

    @BeforeEach
    void setUp() throws Exception {
        db = DerbyTestDatabase.withPlatformSchema("events");
        db.update("CREATE TABLE test_effect (seq BIGINT GENERATED ALWAYS AS IDENTITY, subscriber_id VARCHAR(128) NOT NULL, "
                + "event_id BIGINT NOT NULL, actor VARCHAR(128) NOT NULL)");
        DeliveryPolicy policy = new DeliveryPolicy(MAX_ATTEMPTS, BACKOFF, BACKOFF.multipliedBy(4), Duration.ofSeconds(1), 2);
        dispatcher = new EventDispatcher(db.dataSource(), db.transactions(), policy, false);
        publisher = new OutboxPublisher(db.dataSource(), db.transactions(), dispatcher, "sales");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    // helpers

    /**
     * A subscriber whose handler records its effect in {@code test_effect} through the platform
     * datasource, then throws what {@link #failure} answers for the event, if anything.
     */
    private final class Subscriber implements EventSubscriber {
        final String id;
        final Set<String> topics;
        final StartPosition start;
        final List<DomainEvent> attempts = new CopyOnWriteArrayList<>();
        volatile Function<DomainEvent, Throwable> failure = event -> null;

        Subscriber(String id, StartPosition start, String... topics) {
            this.id = id;
            this.start = start;
            this.topics = Set.of(topics);
        }

        @Override
        public String subscriberId() {
            return id;
        }

        @Override
        public Set<String> topics() {
            return topics;
        }

        @Override
        public StartPosition startPosition() {
            return start;
        }

        @Override
        public void handle(DomainEvent event) throws Exception {
            attempts.add(event);
            assertTrue(db.inTransaction(), "the handler runs in a transaction");
            db.update("INSERT INTO test_effect (subscriber_id, event_id, actor) VALUES (?, ?, ?)", id, event.id(),
                    CallContext.actorName());
            Throwable thrown = failure.apply(event);
            if (thrown instanceof Error e) {
                throw e;
            }
            if (thrown instanceof Exception e) {
                throw e;
            }
        }

        List<Long> attemptedIds() {
            return attempts.stream().map(DomainEvent::id).toList();
        }

        void failOn(long... eventIds) {
            Set<Long> ids = Arrays.stream(eventIds).boxed().collect(Collectors.toSet());
            failure = event -> ids.contains(event.id()) ? new IllegalStateException("cannot post " + event.sourceRef()) : null;
        }

        void heal() {
            failure = event -> null;
        }
    }

    private Subscriber subscribe(String id, EventSubscriber.StartPosition start, String... topics) {
        Subscriber subscriber = new Subscriber(id, start, topics);
        dispatcher.addSubscriber(subscriber);
        return subscriber;
    }

    private void publish(String topic, int count) {
        for (int i = 0; i < count; i++) {
            long id = db.number("SELECT last_id FROM plat_outbox_seq") + 1;
            publisher.publish(topic, 1, String.format("SO-2026-%06d", id), "{\"n\": " + id + "}");
        }
    }

    /** Delivery rounds until one makes no progress. */
    private void drain() {
        for (int round = 0; dispatcher.deliverRound(); round++) {
            if (round > 100) {
                fail("delivery does not come to rest");
            }
        }
    }

    /** Makes every pending retry due now, as if its backoff had passed. */
    private void backoffPasses() {
        db.update("UPDATE plat_event_failure SET next_attempt_at = ? WHERE parked = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), false);
    }

    /** Committed effects of a subscriber's handler, in commit order. */
    private List<Long> effects(String subscriberId) {
        return db.column("SELECT event_id FROM test_effect WHERE subscriber_id = ? ORDER BY seq", subscriberId)
                .stream().map(v -> (Long) v).toList();
    }

    private long cursor(String subscriberId) {
        return db.number("SELECT last_event_id FROM plat_event_cursor WHERE subscriber_id = ?", subscriberId);
    }

    private SubscriberStatus status(String subscriberId) {
        return dispatcher.subscribers().stream().filter(s -> s.subscriberId().equals(subscriberId)).findFirst()
                .orElseThrow(() -> new AssertionError("no status for " + subscriberId));
    }

    /** Delivers until every event that keeps failing has used up its attempts and is parked. */
    private void deliverUntilParked() {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            drain();
            backoffPasses();
        }
        drain();
    }

    // delivery

    @Test
    void deliversEveryEventInIdOrderExactlyOnce() {
        publish(PLACED, 3);
        db.transactions().required(() -> {
            publish(CANCELLED, 2);
            return null;
        });
        Subscriber posting = subscribe("finance.posting", EventSubscriber.StartPosition.BEGINNING, "tangram/sales/*");

        drain();
        drain();

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), effects("finance.posting"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), posting.attemptedIds());
        assertEquals(5, cursor("finance.posting"));
        assertFalse(dispatcher.deliverRound(), "nothing left to deliver");
        DomainEvent first = posting.attempts.get(0);
        assertEquals(PLACED, first.topic());
        assertEquals(1, first.companyId());
        assertEquals("SO-2026-000001", first.sourceRef());
        assertEquals("{\"n\": 1}", first.payload());
        assertEquals("sales", first.publishedBy());
        assertNotNull(first.occurredAt());
        assertEquals(List.of("system"), db.column("SELECT DISTINCT actor FROM test_effect"), "handlers run as the system");
    }

    @Test
    void aFailingHandlerLeavesNeitherItsWorkNorACursorAdvance() {
        Subscriber posting = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        posting.failOn(2);
        publish(PLACED, 3);

        drain();

        assertEquals(List.of(1L, 2L), posting.attemptedIds());
        assertEquals(List.of(1L), effects("finance.posting"), "the row the handler wrote for event 2 was rolled back");
        assertEquals(1, cursor("finance.posting"));
        SubscriberStatus status = status("finance.posting");
        assertEquals(2, status.retryingEvent());
        assertEquals("IllegalStateException: cannot post SO-2026-000002", status.lastError());
        assertEquals(List.of(List.of(2L, 1)), db.rows("SELECT event_id, attempts FROM plat_event_failure"));
    }

    @Test
    void retriesWaitForTheBackoffWhichDoubles() {
        Subscriber posting = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        posting.failOn(1);
        publish(PLACED, 2);

        Instant before = Instant.now();
        drain();
        Instant after = Instant.now();
        assertBetween(before.plus(BACKOFF), after.plus(BACKOFF), status("finance.posting").nextAttemptAt());

        assertFalse(dispatcher.deliverRound(), "the retry is not due yet");
        assertEquals(List.of(1L), posting.attemptedIds(), "event 2 waits behind event 1");

        backoffPasses();
        before = Instant.now();
        drain();
        after = Instant.now();
        assertEquals(List.of(1L, 1L), posting.attemptedIds());
        assertBetween(before.plus(BACKOFF.multipliedBy(2)), after.plus(BACKOFF.multipliedBy(2)),
                status("finance.posting").nextAttemptAt());
        assertEquals(2, db.number("SELECT attempts FROM plat_event_failure WHERE event_id = 1"));

        posting.heal();
        backoffPasses();
        drain();
        assertEquals(List.of(1L, 2L), effects("finance.posting"));
        assertEquals(0, db.number("SELECT COUNT(*) FROM plat_event_failure"));
        SubscriberStatus status = status("finance.posting");
        assertEquals(0, status.retryingEvent());
        assertNull(status.nextAttemptAt());
        assertNull(status.lastError());
    }

    private static void assertBetween(Instant from, Instant to, Instant actual) {
        assertNotNull(actual);
        assertFalse(actual.isBefore(from.minusMillis(1)) || actual.isAfter(to.plusMillis(1)),
                actual + " not within " + from + " .. " + to);
    }

    @Test
    void afterTheLastAttemptTheEventIsParkedAndLaterEventsFlow() {
        Subscriber posting = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        posting.failOn(2);
        publish(PLACED, 4);

        deliverUntilParked();

        assertEquals(List.of(1L, 3L, 4L), effects("finance.posting"));
        assertEquals(MAX_ATTEMPTS, Collections.frequency(posting.attemptedIds(), 2L));
        assertEquals(4, cursor("finance.posting"));
        List<ParkedEvent> parked = dispatcher.parked("finance.posting");
        assertEquals(1, parked.size());
        ParkedEvent event = parked.get(0);
        assertEquals("finance.posting", event.subscriberId());
        assertEquals(2, event.eventId());
        assertEquals(PLACED, event.topic());
        assertEquals("SO-2026-000002", event.sourceRef());
        assertEquals(MAX_ATTEMPTS, event.attempts());
        assertEquals("IllegalStateException: cannot post SO-2026-000002", event.lastError());
        assertNotNull(event.parkedAt());
        assertEquals(parked, dispatcher.parked(null));
        assertEquals(List.of(), dispatcher.parked("crm.followup"));
        assertEquals(0, status("finance.posting").retryingEvent());
    }

    @Test
    void aParkedEventIsDeliveredOnRetryOnceTheHandlerIsFixed() {
        Subscriber posting = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        posting.failOn(1);
        publish(PLACED, 2);
        deliverUntilParked();

        assertFalse(dispatcher.retry("finance.posting", 1), "still broken");
        assertEquals(MAX_ATTEMPTS + 1, dispatcher.parked("finance.posting").get(0).attempts());
        assertEquals(List.of(2L), effects("finance.posting"));

        posting.heal();
        assertTrue(dispatcher.retry("finance.posting", 1));

        assertEquals(List.of(2L, 1L), effects("finance.posting"));
        assertEquals(List.of(), dispatcher.parked(null));
        assertEquals(0, status("finance.posting").parked());
        assertEquals(2, cursor("finance.posting"));
        int attempts = posting.attempts.size();
        drain();
        assertEquals(attempts, posting.attempts.size(), "the retried event is not delivered again");
        assertThrows(NotFoundException.class, () -> dispatcher.retry("finance.posting", 1), "no longer parked");
    }

    @Test
    void retryingWhatIsNotParkedIsNotFound() {
        subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        publish(PLACED, 1);
        drain();

        assertThrows(NotFoundException.class, () -> dispatcher.retry("finance.posting", 1), "delivered, not parked");
        assertThrows(NotFoundException.class, () -> dispatcher.retry("finance.posting", 99));
        assertThrows(NotFoundException.class, () -> dispatcher.retry("nobody", 1));
    }

    @Test
    void retryingForAnAbsentSubscriberIsAConflict() {
        Subscriber posting = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        posting.failOn(1);
        publish(PLACED, 1);
        deliverUntilParked();
        posting.heal();
        dispatcher.removeSubscriber(posting);

        assertThrows(ConflictException.class, () -> dispatcher.retry("finance.posting", 1));

        assertEquals(1, dispatcher.parked("finance.posting").size());
        assertEquals(List.of(), effects("finance.posting"));
    }

    // subscribers coming and going

    @Test
    void aNewSubscriberStartsAtTheBeginningOrNow() {
        publish(PLACED, 2);
        subscribe("audit.copy", EventSubscriber.StartPosition.BEGINNING, "tangram/sales/*");
        subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        assertEquals(0, cursor("audit.copy"));
        assertEquals(2, cursor("finance.posting"));

        publish(PLACED, 1);
        drain();

        assertEquals(List.of(1L, 2L, 3L), effects("audit.copy"));
        assertEquals(List.of(3L), effects("finance.posting"));
    }

    @Test
    void aSubscriberThatWasAwayReceivesWhatWasPublishedMeanwhileExactlyOnce() {
        Subscriber before = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        publish(PLACED, 1);
        drain();
        dispatcher.removeSubscriber(before);

        publish(PLACED, 2);
        drain();
        assertEquals(List.of(1L), effects("finance.posting"));
        SubscriberStatus away = status("finance.posting");
        assertFalse(away.present());
        assertEquals(2, away.backlog());

        Subscriber after = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        drain();
        dispatcher.addSubscriber(after);
        drain();

        assertEquals(List.of(1L, 2L, 3L), effects("finance.posting"));
        assertEquals(List.of(2L, 3L), after.attemptedIds());
        assertTrue(status("finance.posting").present());
    }

    @Test
    void oneFailingSubscriberDoesNotHoldUpAnother() {
        Subscriber broken = subscribe("crm.followup", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        broken.failure = event -> new IllegalStateException("ledger closed");
        subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        publish(PLACED, 3);

        drain();

        assertEquals(List.of(1L, 2L, 3L), effects("finance.posting"));
        assertEquals(List.of(), effects("crm.followup"));
        assertEquals(0, cursor("crm.followup"));
        assertEquals(1, status("crm.followup").retryingEvent());
    }

    @Test
    void topicsMatchExactlyOrByPrefix() {
        Subscriber stock = subscribe("inventory.reservations", EventSubscriber.StartPosition.NOW,
                "tangram/inventory/*", PLACED);
        publish(PLACED, 1);
        publish(CANCELLED, 1);
        publish(STOCK_MOVED, 1);
        publish("tangram/inventoryx/StockMoved", 1);
        publish("tangram/finance/InvoicePosted", 1);
        assertEquals(2, status("inventory.reservations").backlog(), "only matching events are backlog");

        drain();

        assertEquals(List.of(1L, 3L), stock.attemptedIds());
        assertEquals(5, cursor("inventory.reservations"), "the cursor moves past events of other topics");
        assertEquals(0, status("inventory.reservations").backlog());
    }

    @Test
    void subscribersReportCursorBacklogParkedAndPresence() {
        Subscriber sales = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        Subscriber stock = subscribe("inventory.reservations", EventSubscriber.StartPosition.NOW, "tangram/inventory/*");
        sales.failOn(2);
        publish(PLACED, 2);
        publish(STOCK_MOVED, 1);
        publish(CANCELLED, 1);

        drain();

        List<SubscriberStatus> statuses = dispatcher.subscribers();
        assertEquals(List.of("finance.posting", "inventory.reservations"),
                statuses.stream().map(SubscriberStatus::subscriberId).toList());
        SubscriberStatus retrying = statuses.get(0);
        assertEquals(1, retrying.cursor());
        assertEquals(2, retrying.backlog(), "events 2 and 4; event 3 is not its topic");
        assertEquals(0, retrying.parked());
        assertTrue(retrying.present());
        assertEquals(2, retrying.retryingEvent());
        assertNotNull(retrying.nextAttemptAt());
        assertEquals(new SubscriberStatus("inventory.reservations", 4, 0, 0, true, 0, null, null), statuses.get(1));

        deliverUntilParked();
        dispatcher.removeSubscriber(stock);

        assertEquals(new SubscriberStatus("finance.posting", 4, 0, 1, true, 0, null, null), status("finance.posting"));
        assertFalse(status("inventory.reservations").present());
    }

    @Test
    void aHandlerThrowingAnErrorIsRetriedLikeAnyFailure() {
        Subscriber posting = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        posting.failure = event -> new NoClassDefFoundError("com/example/finance/PostingRules");
        subscribe("crm.followup", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        publish(PLACED, 1);

        drain();

        assertEquals(List.of(1L), effects("crm.followup"));
        assertEquals(List.of(), effects("finance.posting"));
        SubscriberStatus status = status("finance.posting");
        assertEquals(1, status.retryingEvent());
        assertEquals("NoClassDefFoundError: com/example/finance/PostingRules", status.lastError());
    }

    @Test
    void aHandlerThrowingACheckedExceptionIsRetriedLikeAnyFailure() {
        Subscriber posting = subscribe("finance.posting", EventSubscriber.StartPosition.NOW, "tangram/sales/*");
        posting.failure = event -> new java.io.IOException("archive offline");
        publish(PLACED, 1);

        drain();

        assertEquals(List.of(), effects("finance.posting"));
        assertEquals("IOException: archive offline", status("finance.posting").lastError());
    }
}
