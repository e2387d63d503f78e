package io.tangram.platform.impl.shell;

import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserDirectory;
import java.util.Collection;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Base of the completers: offers names read from the directory as the console user. */
abstract class DirectoryCompleter implements Completer {

    @Reference
    protected UserDirectory directory;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        Collection<String> names;
        try {
            names = CallContext.runAs(Caller.console(ConsoleAction.consoleUser(session)), this::names);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new StringsCompleter(names).complete(session, commandLine, candidates);
    }

    protected abstract Collection<String> names();
}
