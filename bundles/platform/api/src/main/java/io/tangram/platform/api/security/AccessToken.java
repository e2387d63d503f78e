package io.tangram.platform.api.security;

import java.time.Instant;

/** A signed bearer token issued at login; valid until {@code expiresAt}, across restarts. */
public record AccessToken(String token, String username, Instant expiresAt) {
}
