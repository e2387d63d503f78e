package io.tangram.platform.impl.shell;

import io.tangram.platform.api.security.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code tangram:user-add}: creates a user; the password is prompted unless given. */
@Service
@Command(scope = "tangram", name = "user-add", description = "Create a user (the password is prompted)")
public class UserAddCommand extends ConsoleAction {

    @Argument(index = 0, name = "username", description = "3 to 64 characters a-z 0-9 . _ -", required = true)
    String username;

    @Argument(index = 1, name = "displayName", description = "Name shown to others (quote it if it has spaces)", required = true)
    String displayName;

    @Option(name = "--role", aliases = "-r", description = "Role to grant (repeatable)", multiValued = true)
    @Completion(RoleCompleter.class)
    List<String> roles = new ArrayList<>();

    @Option(name = "--password", description = "Initial password; prefer the prompt, which keeps it out of the history")
    String password;

    @Override
    protected Object run() throws Exception {
        String secret = password != null ? password : promptPassword();
        UserAccount user = directory.createUser(username, displayName, secret, Set.copyOf(roles));
        System.out.println("User " + user.username() + " created with roles " + user.roles());
        return null;
    }
}
