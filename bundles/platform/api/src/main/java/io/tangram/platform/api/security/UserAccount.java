package io.tangram.platform.api.security;

import java.time.Instant;
import java.util.Set;

/** A user as administrators see it; never carries the password hash. */
public record UserAccount(String username, String displayName, boolean enabled, Set<String> roles,
                          Instant createdAt, Instant lockedUntil) {
}
