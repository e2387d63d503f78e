package io.tangram.platform.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code tangram:user-enable}: enables a user's sign-in. */
@Service
@Command(scope = "tangram", name = "user-enable", description = "Enable a user's sign-in")
public class UserEnableCommand extends ConsoleAction {

    @Argument(index = 0, name = "username", required = true)
    @Completion(UserCompleter.class)
    String username;

    @Override
    protected Object run() {
        directory.setEnabled(username, true);
        System.out.println("User " + username + " enabled");
        return null;
    }
}
