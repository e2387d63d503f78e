package io.tangram.platform.api.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A business fact one module tells the others, as stored in the outbox.
 *
 * @param id         position in the outbox; events are delivered in this order, without gaps
 * @param topic      {@code tangram/<module>/<Event>}, documented as a constant in the publisher's api
 * @param companyId  company the fact belongs to
 * @param sourceRef  the document that caused it (e.g. {@code SO-2026-000001}); subscribers use it
 *                   to make their effect unique
 * @param payload    the event's data as JSON, its fields documented beside the topic constant
 * @param occurredAt commit-time clock of the publishing transaction
 * @param publishedBy module that published it
 */
public record DomainEvent(long id, String topic, long companyId, String sourceRef, String payload,
                          Instant occurredAt, String publishedBy) {

    public DomainEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
