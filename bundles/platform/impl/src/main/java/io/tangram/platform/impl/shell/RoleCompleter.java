package io.tangram.platform.impl.shell;

import io.tangram.platform.api.security.Role;
import java.util.Collection;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Completes role names. */
@Service
public class RoleCompleter extends DirectoryCompleter {

    @Override
    protected Collection<String> names() {
        return directory.roles().stream().map(Role::name).toList();
    }
}
