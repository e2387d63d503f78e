package io.tangram.platform.impl.shell;

import io.tangram.platform.api.event.EventDeliveryAdmin;
import io.tangram.platform.api.event.ParkedEvent;
import io.tangram.platform.api.event.SubscriberStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code tangram:events} — cursor, backlog and parked events of every subscriber. */
@Service
@Command(scope = "tangram", name = "events", description = "Shows event subscribers with their cursors, backlogs and parked events")
public class EventsCommand implements Action {

    @Reference
    EventDeliveryAdmin delivery;

    @Option(name = "-s", aliases = "--subscriber", description = "Only this subscriber's parked events")
    @Completion(SubscriberCompleter.class)
    String subscriber;

    @Override
    public Object execute() {
        ShellTable subscribers = new ShellTable();
        subscribers.column("Subscriber");
        subscribers.column("Present");
        subscribers.column("Cursor");
        subscribers.column("Backlog");
        subscribers.column("Parked");
        subscribers.column("Retrying");
        for (SubscriberStatus s : delivery.subscribers()) {
            if (subscriber != null && !subscriber.equals(s.subscriberId())) {
                continue;
            }
            String retrying = s.retryingEvent() == 0 ? "" : "#" + s.retryingEvent() + " at " + s.nextAttemptAt() + ": " + s.lastError();
            subscribers.addRow().addContent(s.subscriberId(), s.present() ? "yes" : "no", s.cursor(), s.backlog(),
                    s.parked(), retrying);
        }
        subscribers.print(System.out);
        var parked = delivery.parked(subscriber);
        if (!parked.isEmpty()) {
            System.out.println();
            System.out.println("Parked events (retry with tangram:event-retry <subscriber> <event id>):");
            ShellTable table = new ShellTable();
            table.column("Subscriber");
            table.column("Event");
            table.column("Topic");
            table.column("Source");
            table.column("Attempts");
            table.column("Parked at");
            table.column("Last error").maxSize(80);
            for (ParkedEvent p : parked) {
                table.addRow().addContent(p.subscriberId(), p.eventId(), p.topic(), p.sourceRef(), p.attempts(),
                        p.parkedAt(), p.lastError());
            }
            table.print(System.out);
        }
        return null;
    }
}
