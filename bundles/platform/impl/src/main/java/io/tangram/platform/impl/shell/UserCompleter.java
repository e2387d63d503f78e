package io.tangram.platform.impl.shell;

import io.tangram.platform.api.security.UserAccount;
import java.util.Collection;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Completes usernames. */
@Service
public class UserCompleter extends DirectoryCompleter {

    @Override
    protected Collection<String> names() {
        return directory.users().stream().map(UserAccount::username).toList();
    }
}
