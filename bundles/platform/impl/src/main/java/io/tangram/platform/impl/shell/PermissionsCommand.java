package io.tangram.platform.impl.shell;

import io.tangram.platform.api.security.Permission;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code tangram:permissions}: lists the permissions modules have declared. */
@Service
@Command(scope = "tangram", name = "permissions", description = "List the permissions declared by modules")
public class PermissionsCommand extends ConsoleAction {

    @Argument(index = 0, name = "module", description = "Only this module's permissions")
    String module;

    @Override
    protected Object run() {
        ShellTable table = new ShellTable();
        table.column("Permission");
        table.column("Module");
        table.column("Description");
        table.column("说明");
        for (Permission p : directory.permissions()) {
            if (module == null || module.equals(p.module())) {
                table.addRow().addContent(p.name(), p.module(), p.description().en(), p.description().zh());
            }
        }
        table.print(System.out);
        return null;
    }
}
