package io.tangram.web.internal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.AuthenticationException;

/** What a caller sent in the {@code Authorization} header. */
public sealed interface Credentials {
    Text MISSING = Text.of(
            "Sign in first: send \"Authorization: Bearer <token>\" (token from POST /api/auth/login) or Basic credentials",
            "请先登录：发送“Authorization: Bearer <令牌>”（令牌通过 POST /api/auth/login 获取）或 Basic 凭据");

    /** {@code Authorization: Basic base64(username:password)}. */
    record Basic(String username, String password) implements Credentials {
        @Override
        public String toString() {
            return "Basic[" + username + "]";
        }
    }

    /** {@code Authorization: Bearer <token>}. */
    record Bearer(String token) implements Credentials {
        @Override
        public String toString() {
            return "Bearer[…]";
        }
    }

    /**
     * Parses an {@code Authorization} header value.
     *
     * @throws AuthenticationException if it is missing, malformed or of another scheme
     */
    static Credentials parse(String header) {
        if (header == null || header.isBlank()) {
            throw new AuthenticationException(MISSING);
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        String scheme = (space < 0 ? value : value.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : value.substring(space + 1).strip();
        switch (scheme) {
            case "basic" -> {
                return basic(rest);
            }
            case "bearer" -> {
                if (rest.isEmpty()) {
                    throw new AuthenticationException(Text.of("The bearer token is empty", "Bearer 令牌为空"));
                }
                return new Bearer(rest);
            }
            default -> throw new AuthenticationException(
                    Text.of("Unsupported authorization scheme; use Basic or Bearer", "不支持的认证方式，请使用 Basic 或 Bearer"));
        }
    }

    private static Basic basic(String encoded) {
        Text malformed = Text.of("The Basic credentials are malformed", "Basic 凭据格式不正确");
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationException(malformed);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new AuthenticationException(malformed);
        }
        return new Basic(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
