package io.tangram.platform.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code tangram:user-disable}: disables a user's sign-in. */
@Service
@Command(scope = "tangram", name = "user-disable", description = "Disable a user's sign-in")
public class UserDisableCommand extends ConsoleAction {

    @Argument(index = 0, name = "username", required = true)
    @Completion(UserCompleter.class)
    String username;

    @Override
    protected Object run() {
        directory.setEnabled(username, false);
        System.out.println("User " + username + " disabled");
        return null;
    }
}
