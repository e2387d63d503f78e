package io.tangram.platform.impl.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1000, new SecureRandom());

    @Test
    void roundTrip() {
        String encoded = hasher.hash("correct horse battery");
        assertTrue(hasher.verify("correct horse battery", encoded));
        assertFalse(hasher.verify("correct horse batterY", encoded));
        assertFalse(hasher.verify("", encoded));
        assertFalse(hasher.verify(null, encoded));
    }

    @Test
    void defaultFormat() {
        String encoded = new PasswordHasher().hash("密码也可以是中文的吗");
        String[] parts = encoded.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertTrue(new PasswordHasher().verify("密码也可以是中文的吗", encoded));
    }

    @Test
    void saltMakesEveryHashDifferent() {
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void verifiesWithTheStoredIterations() {
        String encoded = new PasswordHasher(500, new SecureRandom()).hash("old hash here");
        assertTrue(hasher.verify("old hash here", encoded));
        assertTrue(hasher.needsRehash(encoded));
        assertFalse(hasher.needsRehash(hasher.hash("new hash")));
    }

    @Test
    void tamperedHashesDoNotVerify() {
        String encoded = hasher.hash("tamper with me");
        String[] parts = encoded.split("\\$");
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        hash[0] ^= 1;
        String flippedHash = parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + Base64.getEncoder().encodeToString(hash);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        salt[3] ^= 1;
        String flippedSalt = parts[0] + "$" + parts[1] + "$" + Base64.getEncoder().encodeToString(salt) + "$" + parts[3];
        String otherIterations = parts[0] + "$1001$" + parts[2] + "$" + parts[3];
        for (String bad : new String[] {flippedHash, flippedSalt, otherIterations}) {
            assertFalse(hasher.verify("tamper with me", bad), bad);
        }
    }

    @Test
    void malformedEncodingsAreRejected() {
        for (String bad : new String[] {null, "", "plain", "pbkdf2-sha256$1000$abc", "sha1$1000$AAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA==",
                "pbkdf2-sha256$0$AAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA==", "pbkdf2-sha256$99999999$AAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA==",
                "pbkdf2-sha256$1000$!!!!$AAAAAAAAAAAAAAAAAAAAAA==", "pbkdf2-sha256$1000$AAAA$AAAA"}) {
            assertFalse(hasher.verify("whatever password", bad), String.valueOf(bad));
        }
        assertTrue(hasher.needsRehash("plain"));
    }

    @Test
    void rejectsAbsurdIterations() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0, new SecureRandom()));
    }
}
