package io.tangram.platform.api.event;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Operator view of event delivery: cursors, backlogs, parked events, and retrying them. */
@ProviderType
public interface EventDeliveryAdmin {

    /** Every subscriber that ever registered, present or not. */
    List<SubscriberStatus> subscribers();

    /** Parked events, of one subscriber or of all when {@code subscriberId} is {@code null}. */
    List<ParkedEvent> parked(String subscriberId);

    /**
     * Delivers a parked event again now. On success it is no longer parked.
     *
     * @return {@code true} if the handler succeeded
     * @throws io.tangram.platform.api.error.NotFoundException if no such parked event
     * @throws io.tangram.platform.api.error.ConflictException if the subscriber is not present
     */
    boolean retry(String subscriberId, long eventId);

    /** Wakes the dispatcher (after a commit, or by an operator). */
    void wakeUp();
}
