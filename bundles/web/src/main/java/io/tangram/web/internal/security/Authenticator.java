package io.tangram.web.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserDirectory;

/**
 * Resolves the {@code Authorization} header to a caller through the {@link UserDirectory}.
 *
 * <p>Checking a password costs a PBKDF2 hash, too slow to repeat on every call of a client using
 * Basic auth. A successful Basic check is therefore remembered for {@code ttl}, keyed by the SHA-256
 * of the header value (the password itself is never kept). Consequence: disabling a user, changing
 * the password or the roles takes effect for Basic callers after at most {@code ttl}. Failures are not
 * cached, so the directory's throttling sees every wrong password. The cache holds at most
 * {@code maxEntries}; when full, expired entries are dropped, and if none are, the whole cache.
 * Bearer tokens are verified on every call (a signature check, cheap).
 */
public final class Authenticator {
    private final UserDirectory users;
    private final LongSupplier nanoClock;
    private final long ttlNanos;
    private final int maxEntries;
    private final Map<String, Cached> basicCache = new ConcurrentHashMap<>();

    private record Cached(Caller caller, long expiresAtNanos) {
    }

    public Authenticator(UserDirectory users, LongSupplier nanoClock, Duration ttl, int maxEntries) {
        this.users = users;
        this.nanoClock = nanoClock;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /**
     * The caller named by the header.
     *
     * @throws AuthenticationException if the header is missing, malformed or the credentials are wrong
     */
    public Caller authenticate(String authorizationHeader) {
        Credentials credentials = Credentials.parse(authorizationHeader);
        if (credentials instanceof Credentials.Bearer bearer) {
            return users.verifyToken(bearer.token());
        }
        Credentials.Basic basic = (Credentials.Basic) credentials;
        String key = sha256(authorizationHeader.strip());
        long now = nanoClock.getAsLong();
        Cached cached = basicCache.get(key);
        if (cached != null && now - cached.expiresAtNanos() < 0) {
            return cached.caller();
        }
        Caller caller = users.authenticate(basic.username(), basic.password());
        remember(key, caller, now);
        return caller;
    }

    int cacheSize() {
        return basicCache.size();
    }

    private void remember(String key, Caller caller, long now) {
        if (basicCache.size() >= maxEntries) {
            basicCache.values().removeIf(entry -> now - entry.expiresAtNanos() >= 0);
            if (basicCache.size() >= maxEntries) {
                basicCache.clear();
            }
        }
        basicCache.put(key, new Cached(caller, now + ttlNanos));
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JRE", e);
        }
    }
}
