package io.tangram.web.internal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.AccessToken;
import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.platform.api.security.Caller;
import io.tangram.web.internal.security.Authenticator;
import io.tangram.platform.api.security.CallContext;
import io.tangram.web.internal.security.Gatekeeper;

class AuthResourceTest {
    private final FakeUserDirectory users = new FakeUserDirectory().add("li", "s3cret", "platform.module.read");
    private final AuthResource resource = new AuthResource(users);
    private final Gatekeeper gatekeeper = new Gatekeeper(new Authenticator(users, System::nanoTime, Duration.ofSeconds(60), 16));

    @AfterEach
    void clear() {
        CallContext.clear();
    }

    @Test
    void loginIssuesATokenThatOpensProtectedEndpoints() throws Exception {
        AccessToken token = resource.login(new AuthResource.LoginRequest("li", "s3cret"));
        assertEquals("li", token.username());

        Caller caller = gatekeeper.admit(ModuleResource.class.getMethod("modules"), "Bearer " + token.token());
        assertEquals("li", caller.username());

        CallContext.bind(caller);
        AuthResource.Me me = resource.me();
        assertEquals("li", me.username());
        assertEquals(Set.of("platform.module.read"), me.permissions());
    }

    @Test
    void wrongPasswordIs401() {
        assertThrows(AuthenticationException.class, () -> resource.login(new AuthResource.LoginRequest("li", "guess")));
    }

    @Test
    void missingFieldsAreNamed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> resource.login(new AuthResource.LoginRequest(" ", null)));
        assertEquals(2, e.errors().size());
        assertEquals("username", e.errors().get(0).field());
        assertEquals("password", e.errors().get(1).field());
        assertEquals("body", assertThrows(ValidationException.class, () -> resource.login(null)).errors().get(0).field());
    }

    @Test
    void meWithoutCallerIs401() {
        assertThrows(AuthenticationException.class, resource::me);
    }

    @Test
    void basicCredentialsWorkToo() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("li:s3cret".getBytes(StandardCharsets.UTF_8));
        assertEquals("li", gatekeeper.admit(ModuleResource.class.getMethod("modules"), basic).username());
    }
}
