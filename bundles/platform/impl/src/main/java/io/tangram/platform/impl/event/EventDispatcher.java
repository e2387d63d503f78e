package io.tangram.platform.impl.event;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventDeliveryAdmin;
import io.tangram.platform.api.event.EventSubscriber;
import io.tangram.platform.api.event.ParkedEvent;
import io.tangram.platform.api.event.SubscriberStatus;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.tx.Transactions;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to {@link EventSubscriber} services, one worker thread, one transaction
 * per delivered event: the subscriber's work and its cursor advance commit together. A failing
 * event is retried with backoff (only that subscriber waits) and parked after the last attempt.
 */
@Component(service = EventDeliveryAdmin.class, immediate = true, configurationPid = EventDispatcher.PID)
@Designate(ocd = EventDispatcher.Config.class)
public class EventDispatcher implements EventDeliveryAdmin {

    public static final String PID = "io.tangram.platform.events";

    @ObjectClassDefinition(name = "Tangram event delivery", description = "Retries and polling of the outbox dispatcher")
    public @interface Config {
        @AttributeDefinition(description = "Attempts before a failing event is parked for its subscriber")
        int maxAttempts() default 5;

        @AttributeDefinition(description = "Wait before the first retry, in milliseconds; doubles per attempt")
        long backoffMillis() default 1000;

        @AttributeDefinition(description = "Longest wait between retries, in milliseconds")
        long maxBackoffMillis() default 300_000;

        @AttributeDefinition(description = "How often the outbox is checked when nobody wakes the dispatcher, in milliseconds")
        long pollMillis() default 1000;

        @AttributeDefinition(description = "Events read per subscriber and round")
        int batchSize() default 200;
    }

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final DataSource dataSource;
    private final Transactions tx;
    private final DeliveryPolicy policy;
    private final Map<String, EventSubscriber> subscribers = new ConcurrentHashMap<>();
    private final Semaphore wakeUps = new Semaphore(0);
    private final Object deliveryLock = new Object();
    private volatile boolean running = true;
    private final Thread worker;

    @Activate
    public EventDispatcher(@Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
            @Reference Transactions tx,
            @Reference(target = "(tangram.module=platform)") SchemaReady schema,
            Config config) {
        this(dataSource, tx, new DeliveryPolicy(config.maxAttempts(), Duration.ofMillis(config.backoffMillis()),
                Duration.ofMillis(config.maxBackoffMillis()), Duration.ofMillis(config.pollMillis()),
                config.batchSize()), true);
    }

    EventDispatcher(DataSource dataSource, Transactions tx, DeliveryPolicy policy, boolean startWorker) {
        this.dataSource = dataSource;
        this.tx = tx;
        this.policy = policy;
        this.worker = new Thread(this::run, "tangram-event-dispatcher");
        this.worker.setDaemon(true);
        if (startWorker) {
            worker.start();
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        wakeUps.release();
        worker.join(TimeUnit.SECONDS.toMillis(10));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSubscriber(EventSubscriber subscriber) {
        String id = subscriber.subscriberId();
        Set<String> topics = new TreeSet<>(subscriber.topics());
        tx.requiresNew(() -> {
            try (Connection c = dataSource.getConnection()) {
                Optional<OutboxStore.Cursor> cursor = OutboxStore.cursor(c, id);
                if (cursor.isEmpty()) {
                    long start = subscriber.startPosition() == EventSubscriber.StartPosition.BEGINNING ? 0
                            : OutboxStore.lastEventId(c);
                    OutboxStore.insertCursor(c, id, start, topics, Instant.now());
                    LOG.info("New event subscriber {} starts after event {}", id, start);
                } else if (!cursor.get().topics().equals(String.join(",", topics))) {
                    OutboxStore.updateTopics(c, id, topics);
                }
            }
            return null;
        });
        EventSubscriber previous = subscribers.putIfAbsent(id, subscriber);
        if (previous != null && previous != subscriber) {
            LOG.error("Two event subscribers use the id {}; only the first one receives events", id);
        }
        wakeUp();
    }

    void removeSubscriber(EventSubscriber subscriber) {
        subscribers.remove(subscriber.subscriberId(), subscriber);
    }

    @Override
    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        while (running) {
            try {
                boolean progress = deliverRound();
                if (!progress) {
                    wakeUps.tryAcquire(policy.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("Event delivery round failed; trying again in {}", policy.pollInterval(), e);
                sleepQuietly(policy.pollInterval());
            }
        }
    }

    private void sleepQuietly(Duration d) {
        try {
            wakeUps.tryAcquire(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One pass over all present subscribers; {@code true} if any event was delivered or skipped. */
    boolean deliverRound() {
        boolean progress = false;
        for (EventSubscriber subscriber : List.copyOf(subscribers.values())) {
            if (!running) {
                break;
            }
            synchronized (deliveryLock) {
                progress |= deliverBatch(subscriber);
            }
        }
        return progress;
    }

    private boolean deliverBatch(EventSubscriber subscriber) {
        String id = subscriber.subscriberId();
        TopicFilter filter = new TopicFilter(subscriber.topics());
        record Batch(long cursor, Optional<OutboxStore.Retry> retry, List<DomainEvent> events) {
        }
        Batch batch = tx.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                long cursor = OutboxStore.cursor(c, id).orElseThrow().lastEventId();
                return new Batch(cursor, OutboxStore.pendingRetry(c, id), OutboxStore.after(c, cursor, policy.batchSize()));
            }
        });
        if (batch.retry().isPresent() && batch.retry().get().nextAttemptAt() != null
                && batch.retry().get().nextAttemptAt().isAfter(Instant.now())) {
            return false;
        }
        if (batch.events().isEmpty()) {
            return false;
        }
        long skippedTo = batch.cursor();
        for (DomainEvent event : batch.events()) {
            if (!subscribers.containsKey(id) || !running) {
                return true;
            }
            if (!filter.matches(event.topic())) {
                skippedTo = event.id();
                continue;
            }
            try {
                deliver(subscriber, event);
            } catch (RuntimeException | Error e) {
                // an Error from a handler (e.g. NoClassDefFoundError of a refreshed bundle) is a failed attempt too
                onFailure(subscriber, event, e);
                return true;
            }
            skippedTo = event.id();
        }
        long upTo = skippedTo;
        if (upTo > batch.cursor()) {
            tx.requiresNew(() -> {
                try (Connection c = dataSource.getConnection()) {
                    OutboxStore.lockCursor(c, id, Instant.now());
                    OutboxStore.advanceCursor(c, id, upTo);
                }
                return null;
            });
        }
        return true;
    }

    /** Handles one event and advances the cursor to it in one transaction. */
    private void deliver(EventSubscriber subscriber, DomainEvent event) {
        String id = subscriber.subscriberId();
        tx.requiresNew(() -> {
            try (Connection c = dataSource.getConnection()) {
                long cursor = OutboxStore.lockCursor(c, id, Instant.now());
                if (cursor >= event.id()) {
                    return null;
                }
                CallContext.runAs(Caller.SYSTEM, () -> {
                    subscriber.handle(event);
                    return null;
                });
                OutboxStore.advanceCursor(c, id, event.id());
                OutboxStore.clearFailure(c, id, event.id());
            }
            return null;
        });
    }

    private void onFailure(EventSubscriber subscriber, DomainEvent event, Throwable failure) {
        String id = subscriber.subscriberId();
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        tx.requiresNew(() -> {
            try (Connection c = dataSource.getConnection()) {
                Instant now = Instant.now();
                int attempts = OutboxStore.attempts(c, id, event.id()) + 1;
                boolean park = attempts >= policy.maxAttempts();
                Instant next = park ? null : now.plus(policy.backoffAfter(attempts));
                OutboxStore.recordFailure(c, id, event.id(), attempts, error, next, park, now);
                if (park) {
                    OutboxStore.lockCursor(c, id, now);
                    OutboxStore.advanceCursor(c, id, event.id());
                    LOG.warn("Event {} ({}) parked for subscriber {} after {} attempts: {}", event.id(), event.topic(),
                            id, attempts, error, cause);
                } else {
                    LOG.info("Event {} failed for subscriber {} (attempt {}), retrying at {}: {}", event.id(), id,
                            attempts, next, error);
                }
            }
            return null;
        });
    }

    @Override
    public List<SubscriberStatus> subscribers() {
        return tx.required(() -> {
            List<SubscriberStatus> result = new ArrayList<>();
            try (Connection c = dataSource.getConnection()) {
                Map<String, Long> parkedCounts = new java.util.HashMap<>();
                for (ParkedEvent p : OutboxStore.parked(c, null)) {
                    parkedCounts.merge(p.subscriberId(), 1L, Long::sum);
                }
                for (OutboxStore.Cursor cursor : OutboxStore.cursors(c)) {
                    TopicFilter filter = TopicFilter.parse(cursor.topics());
                    long backlog = OutboxStore.countsByTopicAfter(c, cursor.lastEventId()).entrySet().stream()
                            .filter(e -> filter.matches(e.getKey())).mapToLong(Map.Entry::getValue).sum();
                    Optional<OutboxStore.Retry> retry = OutboxStore.pendingRetry(c, cursor.subscriberId());
                    result.add(new SubscriberStatus(cursor.subscriberId(), cursor.lastEventId(), backlog,
                            parkedCounts.getOrDefault(cursor.subscriberId(), 0L),
                            subscribers.containsKey(cursor.subscriberId()),
                            retry.map(OutboxStore.Retry::eventId).orElse(0L),
                            retry.map(OutboxStore.Retry::nextAttemptAt).orElse(null),
                            retry.map(OutboxStore.Retry::lastError).orElse(null)));
                }
            }
            return result;
        });
    }

    @Override
    public List<ParkedEvent> parked(String subscriberId) {
        return tx.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return OutboxStore.parked(c, subscriberId);
            }
        });
    }

    @Override
    public boolean retry(String subscriberId, long eventId) {
        EventSubscriber subscriber = subscribers.get(subscriberId);
        boolean isParked = parked(subscriberId).stream().anyMatch(p -> p.eventId() == eventId);
        if (!isParked) {
            throw new NotFoundException(Text.of("No parked event {0} for subscriber {1}",
                    "订阅者 {1} 没有被搁置的事件 {0}", eventId, subscriberId));
        }
        if (subscriber == null) {
            throw new ConflictException(Text.of("Subscriber {0} is not running; start its module first",
                    "订阅者 {0} 未运行，请先启动其模块", subscriberId));
        }
        synchronized (deliveryLock) {
            try {
                tx.requiresNew(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        DomainEvent event = OutboxStore.event(c, eventId).orElseThrow();
                        CallContext.runAs(Caller.SYSTEM, () -> {
                            subscriber.handle(event);
                            return null;
                        });
                        OutboxStore.clearFailure(c, subscriberId, eventId);
                    }
                    return null;
                });
                LOG.info("Parked event {} delivered to {} on retry", eventId, subscriberId);
                return true;
            } catch (RuntimeException | Error e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                tx.requiresNew(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        Instant now = Instant.now();
                        OutboxStore.recordFailure(c, subscriberId, eventId, OutboxStore.attempts(c, subscriberId, eventId) + 1,
                                cause.getClass().getSimpleName() + ": " + cause.getMessage(), null, true, now);
                    }
                    return null;
                });
                LOG.warn("Retry of parked event {} for {} failed", eventId, subscriberId, cause);
                return false;
            }
        }
    }
}
