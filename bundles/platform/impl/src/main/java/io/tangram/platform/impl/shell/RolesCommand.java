package io.tangram.platform.impl.shell;

import io.tangram.platform.api.security.Role;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code tangram:roles}: lists the roles with their permissions. */
@Service
@Command(scope = "tangram", name = "roles", description = "List the roles with their permissions")
public class RolesCommand extends ConsoleAction {

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Role");
        table.column("Description");
        table.column("Permissions");
        for (Role role : directory.roles()) {
            table.addRow().addContent(role.name(), role.description(), String.join(", ", role.permissions()));
        }
        table.print(System.out);
        return null;
    }
}
