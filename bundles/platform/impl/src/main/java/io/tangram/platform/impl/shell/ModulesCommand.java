package io.tangram.platform.impl.shell;

import io.tangram.platform.api.module.ModuleInfo;
import io.tangram.platform.api.module.ModuleRegistry;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code tangram:modules} — the Tangram modules installed now. */
@Service
@Command(scope = "tangram", name = "modules", description = "Lists the installed Tangram modules, their versions and states")
public class ModulesCommand implements Action {

    @Reference
    ModuleRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("Name");
        table.column("名称");
        table.column("Version");
        table.column("State");
        table.column("Bundles");
        for (ModuleInfo m : registry.modules()) {
            table.addRow().addContent(m.id(), m.name().in(Locale.ENGLISH), m.name().in(Locale.SIMPLIFIED_CHINESE),
                    m.version(), m.state(), String.join(", ", m.bundles()));
        }
        table.print(System.out);
        return null;
    }
}
