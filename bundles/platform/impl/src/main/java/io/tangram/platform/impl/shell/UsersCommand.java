package io.tangram.platform.impl.shell;

import io.tangram.platform.api.security.UserAccount;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code tangram:users}: lists the users. */
@Service
@Command(scope = "tangram", name = "users", description = "List the users with their roles")
public class UsersCommand extends ConsoleAction {

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Username");
        table.column("Name");
        table.column("Enabled");
        table.column("Roles");
        table.column("Locked until");
        table.column("Created");
        for (UserAccount user : directory.users()) {
            table.addRow().addContent(user.username(), user.displayName(), user.enabled() ? "yes" : "no",
                    String.join(", ", user.roles()), user.lockedUntil() == null ? "" : user.lockedUntil(),
                    user.createdAt());
        }
        table.print(System.out);
        return null;
    }
}
