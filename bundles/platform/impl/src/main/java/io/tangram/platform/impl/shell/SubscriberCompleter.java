package io.tangram.platform.impl.shell;

import io.tangram.platform.api.event.EventDeliveryAdmin;
import io.tangram.platform.api.event.SubscriberStatus;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes event subscriber ids. */
@Service
public class SubscriberCompleter implements Completer {

    @Reference
    EventDeliveryAdmin delivery;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        for (SubscriberStatus s : delivery.subscribers()) {
            ids.getStrings().add(s.subscriberId());
        }
        return ids.complete(session, commandLine, candidates);
    }
}
