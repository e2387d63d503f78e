package io.tangram.platform.impl.shell;

import io.tangram.platform.api.security.Role;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code tangram:role-set}: creates a role or replaces its permissions. */
@Service
@Command(scope = "tangram", name = "role-set", description = "Create a role or replace its permissions")
public class RoleSetCommand extends ConsoleAction {

    @Argument(index = 0, name = "name", required = true)
    @Completion(RoleCompleter.class)
    String name;

    @Argument(index = 1, name = "permissions", description = "Declared permissions or wildcards (*, <module>.*)",
            required = true, multiValued = true)
    @Completion(PermissionCompleter.class)
    List<String> permissions;

    @Option(name = "--description", aliases = "-d", description = "Description (kept when omitted)")
    String description;

    @Override
    protected Object run() {
        Role role = directory.saveRole(name, description, Set.copyOf(permissions));
        System.out.println("Role " + role.name() + ": " + String.join(", ", role.permissions()));
        return null;
    }
}
