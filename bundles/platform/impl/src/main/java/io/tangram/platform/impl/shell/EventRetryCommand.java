package io.tangram.platform.impl.shell;

import io.tangram.platform.api.event.EventDeliveryAdmin;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code tangram:event-retry} — delivers a parked event again. */
@Service
@Command(scope = "tangram", name = "event-retry", description = "Delivers a parked event to its subscriber again")
public class EventRetryCommand implements Action {

    @Reference
    EventDeliveryAdmin delivery;

    @Argument(index = 0, name = "subscriber", required = true, description = "Subscriber id")
    @Completion(SubscriberCompleter.class)
    String subscriber;

    @Argument(index = 1, name = "event", required = true, description = "Id of the parked event")
    long eventId;

    @Override
    public Object execute() {
        boolean delivered = delivery.retry(subscriber, eventId);
        System.out.println(delivered ? "Event " + eventId + " delivered to " + subscriber
                : "Event " + eventId + " failed again for " + subscriber + "; it stays parked (see tangram:events)");
        return null;
    }
}
