package io.tangram.platform.impl.shell;

import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code tangram:user-roles}: replaces a user's roles. */
@Service
@Command(scope = "tangram", name = "user-roles", description = "Replace the roles of a user")
public class UserRolesCommand extends ConsoleAction {

    @Argument(index = 0, name = "username", required = true)
    @Completion(UserCompleter.class)
    String username;

    @Argument(index = 1, name = "roles", description = "The complete list of roles the user gets", required = true,
            multiValued = true)
    @Completion(RoleCompleter.class)
    List<String> roles;

    @Override
    protected Object run() {
        directory.setRoles(username, Set.copyOf(roles));
        System.out.println("Roles of " + username + ": " + roles);
        return null;
    }
}
