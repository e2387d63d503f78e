package io.tangram.platform.impl.security;

import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless bearer tokens {@code base64url(username|expiresEpochSeconds|nonce).base64url(hmac)},
 * signed with HMAC-SHA256 over the first part.
 */
public final class TokenSigner {

    /** Length of a generated signing key in bytes. */
    public static final int KEY_BYTES = 32;

    private static final String MAC = "HmacSHA256";
    private static final int NONCE_BYTES = 12;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random;

    public TokenSigner(byte[] key, Clock clock, SecureRandom random) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("a signing key needs at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), MAC);
        this.clock = clock;
        this.random = random;
    }

    /** A new random signing key. */
    public static byte[] newKey(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    /** A token for {@code username} valid until {@code expiresAt}. */
    public String sign(String username, Instant expiresAt) {
        if (username == null || username.isEmpty() || username.indexOf('|') >= 0) {
            throw new IllegalArgumentException("username unusable in a token: " + username);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String payload = username + "|" + expiresAt.getEpochSecond() + "|" + B64.encodeToString(nonce);
        String body = B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + B64.encodeToString(mac(body));
    }

    /** The claims of a well-signed, unexpired token; otherwise {@link AuthenticationException}. */
    public Claims verify(String token) {
        if (token == null || token.length() > 1024) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw invalid();
        }
        String body = token.substring(0, dot);
        byte[] signature = decode(token.substring(dot + 1));
        if (signature == null || !MessageDigest.isEqual(mac(body), signature)) {
            throw invalid();
        }
        byte[] payload = decode(body);
        if (payload == null) {
            throw invalid();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[1].matches("[0-9]{1,12}")) {
            throw invalid();
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new AuthenticationException(Text.of("The session has expired, please sign in again", "会话已过期，请重新登录"));
        }
        return new Claims(parts[0], expiresAt);
    }

    private static byte[] decode(String part) {
        if (part.isEmpty() || !part.matches("[A-Za-z0-9_-]+")) {
            return null;
        }
        try {
            return B64D.decode(part);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(MAC + " is not available", e);
        }
    }

    private static AuthenticationException invalid() {
        return new AuthenticationException(Text.of("Invalid access token", "访问令牌无效"));
    }

    /** What a valid token says. */
    public record Claims(String username, Instant expiresAt) {
    }
}
