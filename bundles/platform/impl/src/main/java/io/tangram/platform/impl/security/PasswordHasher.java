package io.tangram.platform.impl.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, encoded as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (salt and hash in standard Base64), compared in constant time.
 */
public final class PasswordHasher {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 210_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS, new SecureRandom());
    }

    public PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    /** A new salted hash of {@code password}. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations, HASH_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code encoded}; false for a malformed or foreign encoding. */
    public boolean verify(String password, String encoded) {
        Parsed parsed = parse(encoded);
        if (parsed == null || password == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt, parsed.iterations, parsed.hash.length * 8);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /** Whether {@code encoded} was made with fewer iterations than this hasher uses now. */
    public boolean needsRehash(String encoded) {
        Parsed parsed = parse(encoded);
        return parsed == null || parsed.iterations < iterations;
    }

    private static Parsed parse(String encoded) {
        if (encoded == null) {
            return null;
        }
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !PREFIX.equals(parts[0]) || !parts[1].matches("[1-9][0-9]{0,7}")) {
            return null;
        }
        int iterations = Integer.parseInt(parts[1]);
        Base64.Decoder b64 = Base64.getDecoder();
        if (iterations > MAX_ITERATIONS || !isBase64(parts[2]) || !isBase64(parts[3])) {
            return null;
        }
        byte[] salt = b64.decode(parts[2]);
        byte[] hash = b64.decode(parts[3]);
        if (salt.length < 8 || hash.length < 16) {
            return null;
        }
        return new Parsed(iterations, salt, hash);
    }

    private static boolean isBase64(String s) {
        return !s.isEmpty() && s.length() % 4 == 0 && s.matches("[A-Za-z0-9+/]+={0,2}");
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bits) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }
}
