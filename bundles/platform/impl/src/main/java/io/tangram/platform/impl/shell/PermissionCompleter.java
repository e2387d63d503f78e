package io.tangram.platform.impl.shell;

import io.tangram.platform.api.security.Permission;
import java.util.Collection;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Completes declared permissions and the wildcards {@code *} and {@code <module>.*}. */
@Service
public class PermissionCompleter extends DirectoryCompleter {

    @Override
    protected Collection<String> names() {
        TreeSet<String> names = new TreeSet<>();
        names.add("*");
        for (Permission p : directory.permissions()) {
            names.add(p.name());
            names.add(p.module() + ".*");
        }
        return names;
    }
}
