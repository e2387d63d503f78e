package io.tangram.platform.impl.shell;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserDirectory;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

/** Base of the security commands: runs {@link #run()} as the console user, so the audit trail names them. */
abstract class ConsoleAction implements Action {

    @Reference
    protected UserDirectory directory;

    @Reference
    protected Session session;

    @Override
    public final Object execute() throws Exception {
        try {
            return CallContext.runAs(Caller.console(consoleUser(session)), this::run);
        } catch (ValidationException e) {
            throw new IllegalArgumentException(describe(e), e);
        }
    }

    protected abstract Object run() throws Exception;

    /** The Karaf session's user, {@code karaf} when the session does not name one. */
    static String consoleUser(Session session) {
        return session != null && session.get("USER") instanceof String user && !user.isBlank() ? user : "karaf";
    }

    /** Asks twice for a password without echoing it. */
    protected String promptPassword() throws IOException {
        String first = session.readLine("New password: ", '*');
        String second = session.readLine("Repeat the password: ", '*');
        if (first == null || second == null) {
            throw new IllegalArgumentException("no password entered");
        }
        if (!first.equals(second)) {
            throw new IllegalArgumentException("the passwords do not match");
        }
        return first;
    }

    static String describe(ValidationException e) {
        return e.errors().stream()
                .map((FieldError f) -> f.field() + ": " + f.message().in(Locale.ENGLISH))
                .collect(Collectors.joining("; "));
    }
}
