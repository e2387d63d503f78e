package io.tangram.web.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.web.internal.problem.ProblemFactory;

class CredentialsTest {
    private static String basic(String userPass) {
        return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesBasic() {
        assertEquals(new Credentials.Basic("wang", "pa:ss 码"), Credentials.parse(basic("wang:pa:ss 码")));
        assertEquals(new Credentials.Basic("wang", ""), Credentials.parse("basic " + Base64.getEncoder().encodeToString("wang:".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void parsesBearer() {
        assertEquals(new Credentials.Bearer("abc.def"), Credentials.parse("Bearer abc.def"));
        assertEquals(new Credentials.Bearer("abc"), Credentials.parse("  bearer   abc "));
    }

    @Test
    void badBase64Is401Not500() {
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> Credentials.parse("Basic %%%not-base64"));
        assertEquals(401, ProblemFactory.of(e, Locale.ENGLISH, "/api/x").status());
    }

    @Test
    void malformedHeadersAre401() {
        assertThrows(AuthenticationException.class, () -> Credentials.parse(null));
        assertThrows(AuthenticationException.class, () -> Credentials.parse(" "));
        assertThrows(AuthenticationException.class, () -> Credentials.parse("Basic"));
        assertThrows(AuthenticationException.class, () -> Credentials.parse(basic("nocolon")));
        assertThrows(AuthenticationException.class, () -> Credentials.parse(basic(":password")));
        assertThrows(AuthenticationException.class, () -> Credentials.parse("Bearer "));
        assertThrows(AuthenticationException.class, () -> Credentials.parse("Digest username=x"));
    }
}
