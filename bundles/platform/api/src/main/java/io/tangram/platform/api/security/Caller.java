package io.tangram.platform.api.security;

import io.tangram.platform.api.error.ForbiddenException;
import java.util.Set;

/**
 * The authenticated user a request or command runs for, with the permissions granted through the
 * user's roles. A granted {@code *} or {@code <module>.*} covers every permission below it.
 */
public record Caller(String username, Set<String> roles, Set<String> permissions) {

    /** The identity of work the system does on its own (migrations, event delivery, demo data). */
    public static final Caller SYSTEM = new Caller("system", Set.of(), Set.of("*"));

    /** An administrator at the Karaf console (the console admits only the admin role). */
    public static Caller console(String user) {
        return new Caller("console:" + user, Set.of("admin"), Set.of("*"));
    }

    public Caller {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean has(String permission) {
        if (permissions.contains("*") || permissions.contains(permission)) {
            return true;
        }
        int dot = permission.lastIndexOf('.');
        while (dot > 0) {
            if (permissions.contains(permission.substring(0, dot) + ".*")) {
                return true;
            }
            dot = permission.lastIndexOf('.', dot - 1);
        }
        return false;
    }

    /** Throws {@link ForbiddenException} unless this caller has {@code permission}. */
    public void require(String permission) {
        if (!has(permission)) {
            throw new ForbiddenException(permission);
        }
    }
}
