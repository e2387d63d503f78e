package io.tangram.platform.impl.testing;

import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventPublisher;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An outbox for module service tests: keeps every published event in order. Events published in a
 * transaction that rolls back stay recorded, so tests of rollbacks assert on the tables instead.
 */
public final class RecordingEventPublisher implements EventPublisher {

    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public long publish(String topic, long companyId, String sourceRef, String payload) {
        long id = ids.incrementAndGet();
        events.add(new DomainEvent(id, topic, companyId, sourceRef, payload, Instant.now(), "test"));
        return id;
    }

    /** Every event so far, oldest first. */
    public List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one topic, oldest first. */
    public List<DomainEvent> on(String topic) {
        return events.stream().filter(e -> e.topic().equals(topic)).toList();
    }
}
