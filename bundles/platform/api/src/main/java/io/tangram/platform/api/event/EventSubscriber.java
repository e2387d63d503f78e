package io.tangram.platform.api.event;

import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A durable consumer of domain events, registered as an OSGi service (whiteboard). The platform's
 * dispatcher keeps one cursor per {@link #subscriberId()} in the database and calls
 * {@link #handle} inside a transaction that also advances the cursor: the handler's own database
 * work and the cursor commit together, so each event takes effect exactly once, also across
 * restarts, crashes and the subscriber's bundle being stopped or uninstalled for a while.
 *
 * <p>A handler that throws is retried with backoff; after the configured number of attempts the
 * event is parked for this subscriber only (see {@link EventDeliveryAdmin}) and the next one is
 * delivered.
 */
@ConsumerType
public interface EventSubscriber {

    /** Stable id of this subscriber, e.g. {@code finance.posting}; the cursor is kept under it. */
    String subscriberId();

    /** Topics wanted: exact names or prefixes ending in {@code *} ({@code tangram/inventory/*}). */
    Set<String> topics();

    /** Where a subscriber seen for the first time starts reading. Ignored once it has a cursor. */
    default StartPosition startPosition() {
        return StartPosition.NOW;
    }

    /** Applies one event. Runs in the delivery transaction; throw to roll back and retry. */
    void handle(DomainEvent event) throws Exception;

    /** Where a new subscriber's cursor starts. */
    enum StartPosition {
        /** Every event still in the outbox, from the first. */
        BEGINNING,
        /** Only events published after the subscriber first registered. */
        NOW
    }
}
