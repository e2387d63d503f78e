package io.tangram.platform.impl.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code tangram:user-passwd}: sets a user's password and lifts a login lock. */
@Service
@Command(scope = "tangram", name = "user-passwd", description = "Set a user's password (prompted) and unlock the account")
public class UserPasswdCommand extends ConsoleAction {

    @Argument(index = 0, name = "username", required = true)
    @Completion(UserCompleter.class)
    String username;

    @Option(name = "--password", description = "New password; prefer the prompt, which keeps it out of the history")
    String password;

    @Override
    protected Object run() throws Exception {
        directory.setPassword(username, password != null ? password : promptPassword());
        System.out.println("Password of " + username + " changed");
        return null;
    }
}
