package io.tangram.platform.impl.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.platform.api.security.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenSignerTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final SecureRandom random = new SecureRandom();
    private final byte[] key = TokenSigner.newKey(random);
    private final TokenSigner signer = new TokenSigner(key, Clock.fixed(NOW, ZoneOffset.UTC), random);

    @Test
    void signAndVerify() {
        Instant expires = NOW.plus(Duration.ofHours(8));
        String token = signer.sign("alice", expires);
        TokenSigner.Claims claims = signer.verify(token);
        assertEquals("alice", claims.username());
        assertEquals(expires, claims.expiresAt());
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        assertTrue(payload.startsWith("alice|" + expires.getEpochSecond() + "|"), payload);
    }

    @Test
    void everyTokenIsUnique() {
        Instant expires = NOW.plusSeconds(60);
        assertNotEquals(signer.sign("alice", expires), signer.sign("alice", expires));
    }

    @Test
    void survivesARestartWithTheSameKey() {
        String token = signer.sign("alice", NOW.plusSeconds(60));
        TokenSigner restarted = new TokenSigner(key.clone(), Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC), random);
        assertEquals("alice", restarted.verify(token).username());
    }

    @Test
    void expires() {
        String token = signer.sign("alice", NOW.plusSeconds(60));
        TokenSigner later = new TokenSigner(key, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC), random);
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> later.verify(token));
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
    }

    @Test
    void tamperedPayloadIsRejected() {
        String token = signer.sign("alice", NOW.plusSeconds(60));
        String signature = token.substring(token.indexOf('.') + 1);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("admin|" + NOW.plusSeconds(60).getEpochSecond() + "|AAAA").getBytes(StandardCharsets.UTF_8));
        assertThrows(AuthenticationException.class, () -> signer.verify(forged + "." + signature));
        String longer = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("alice|" + NOW.plusSeconds(999_999).getEpochSecond() + "|AAAA").getBytes(StandardCharsets.UTF_8));
        assertThrows(AuthenticationException.class, () -> signer.verify(longer + "." + signature));
    }

    @Test
    void tamperedSignatureOrOtherKeyIsRejected() {
        String token = signer.sign("alice", NOW.plusSeconds(60));
        char last = token.charAt(token.length() - 2);
        String flipped = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertThrows(AuthenticationException.class, () -> signer.verify(flipped));
        TokenSigner other = new TokenSigner(TokenSigner.newKey(random), Clock.fixed(NOW, ZoneOffset.UTC), random);
        assertThrows(AuthenticationException.class, () -> other.verify(token));
    }

    @Test
    void malformedTokensAreRejected() {
        for (String bad : new String[] {null, "", ".", "abc", "abc.", ".abc", "a.b.c", "é.é", "x".repeat(2000)}) {
            assertThrows(AuthenticationException.class, () -> signer.verify(bad), String.valueOf(bad));
        }
    }

    @Test
    void refusesUnusableInput() {
        assertThrows(IllegalArgumentException.class, () -> signer.sign("a|b", NOW));
        assertThrows(IllegalArgumentException.class, () -> new TokenSigner(new byte[16], Clock.systemUTC(), random));
    }
}
