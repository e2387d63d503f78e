package io.tangram.platform.api.security;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The caller of the work running on this thread. The REST host and the shell set it; services read
 * it for permission checks and the audit trail. Work started without a caller runs as
 * {@link Caller#SYSTEM} only when explicitly wrapped in {@link #runAs}.
 */
public final class CallContext {

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallContext() {
    }

    public static Optional<Caller> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current caller's name, or {@code system} when none is set. */
    public static String actorName() {
        Caller caller = CURRENT.get();
        return caller == null ? Caller.SYSTEM.username() : caller.username();
    }

    /** Throws {@link io.tangram.platform.api.error.ForbiddenException} unless the caller has it. */
    public static void require(String permission) {
        Caller caller = CURRENT.get();
        if (caller == null) {
            throw new io.tangram.platform.api.error.ForbiddenException(permission);
        }
        caller.require(permission);
    }

    /**
     * Sets the caller of this thread until {@link #clear()}. For hosts whose request spans several
     * callbacks (a JAX-RS filter, then the resource); everything else uses {@link #runAs}.
     */
    public static void bind(Caller caller) {
        CURRENT.set(java.util.Objects.requireNonNull(caller, "caller"));
    }

    /** Removes the caller bound to this thread by {@link #bind}. */
    public static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} as {@code caller} and restores the previous caller afterwards. */
    public static <T> T runAs(Caller caller, Callable<T> work) throws Exception {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
