package io.tangram.platform.api.schedule;

import java.time.Duration;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check a module wants run again and again, registered as a service (whiteboard). The platform
 * runs each check as {@link io.tangram.platform.api.security.Caller#SYSTEM}, one round after the
 * other with {@link #interval()} between the end of a round and the start of the next, logs a failed
 * round and runs the next as planned, and stops the check when its service goes (a configuration
 * change re-registers it with the new interval).
 */
@ConsumerType
public interface PeriodicCheck {

    /** What the check does, for the log, e.g. {@code SLA check}. */
    String name();

    /** The pause between two rounds; zero or negative switches the automatic check off (logged once). */
    Duration interval();

    /** The pause before the first round; {@link #interval()} unless the check says otherwise. */
    default Duration firstRound() {
        return interval();
    }

    /**
     * One round.
     *
     * @return what the round did in words for the log ({@code 2 new breach(es)}), {@code null} when
     *         there was nothing to do
     */
    String runOnce() throws Exception;
}
