package io.tangram.platform.api.event;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes domain events into the durable outbox, inside the caller's current transaction: the event
 * exists if and only if the change that caused it was committed. Outside a transaction the event is
 * written in a transaction of its own.
 *
 * <p>Publishing takes the outbox sequence for the rest of the transaction (events get gap-free,
 * commit-ordered ids), so publish at the end of a unit of work.
 */
@ProviderType
public interface EventPublisher {

    /**
     * Stores one event and returns its outbox id.
     *
     * @param topic     {@code tangram/<module>/<Event>}
     * @param companyId company the fact belongs to
     * @param sourceRef document that caused it, may be {@code null}
     * @param payload   JSON object with the event's fields
     */
    long publish(String topic, long companyId, String sourceRef, String payload);
}
