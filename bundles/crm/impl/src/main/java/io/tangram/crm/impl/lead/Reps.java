package io.tangram.crm.impl.lead;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.UserDirectory;

/** The sales reps leads, activities and tasks are given to: users of the user directory. */
public final class Reps {
    private static final String CONSOLE = "console:";

    private Reps() {
    }

    /**
     * Who is entering something, as a user: the caller, with the console's {@code console:} prefix
     * taken off so that a lead entered at the console belongs to the console user.
     */
    public static String caller() {
        String actor = CallContext.actorName();
        return actor.startsWith(CONSOLE) ? actor.substring(CONSOLE.length()) : actor;
    }

    /** Adds an error on {@code field} unless {@code username} is the caller or a user. */
    public static void check(Validation v, String field, String username, UserDirectory users) {
        if (username == null) {
            return;
        }
        boolean known = username.equals(caller()) || username.equals(CallContext.actorName())
                || users.users().stream().anyMatch(u -> u.username().equals(username));
        v.check(known, field, Text.of("{0} is not a user", "{0} 不是系统用户", username));
    }

    /** The stripped value, {@code null} when blank. */
    public static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
