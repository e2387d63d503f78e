package io.tangram.platform.api.security;

/** The permissions the platform itself checks (declared by the platform, granted through roles). */
public final class PlatformPermissions {

    public static final String MODULE_READ = "platform.module.read";
    public static final String EVENT_READ = "platform.event.read";
    public static final String EVENT_RETRY = "platform.event.retry";
    public static final String AUDIT_READ = "platform.audit.read";
    public static final String USER_READ = "platform.user.read";
    public static final String USER_WRITE = "platform.user.write";
    public static final String ROLE_READ = "platform.role.read";
    public static final String ROLE_WRITE = "platform.role.write";

    private PlatformPermissions() {
    }
}
