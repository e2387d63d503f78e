package io.tangram.oa.impl;

import java.util.List;

import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;

/**
 * The users and roles OA routes work to. Reading the directory needs {@code platform.user.read},
 * which an employee submitting a form or a buyer submitting an order does not hold, so OA reads it
 * as the system: it only resolves names here, it never shows the directory to the caller.
 */
public final class UserAccounts {
    private UserAccounts() {
    }

    public static List<UserAccount> all(UserDirectory directory) {
        return asSystem(directory::users);
    }

    public static List<Role> roles(UserDirectory directory) {
        return asSystem(directory::roles);
    }

    /** Whether {@code username} is a user of the directory. */
    public static boolean exists(UserDirectory directory, String username) {
        return all(directory).stream().anyMatch(u -> u.username().equals(username));
    }

    private static <T> T asSystem(java.util.concurrent.Callable<T> read) {
        try {
            return CallContext.runAs(Caller.SYSTEM, read);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the user directory", e);
        }
    }
}
