package io.tangram.web.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.PublicEndpoint;
import io.tangram.platform.api.security.RequiresPermission;
import io.tangram.web.internal.platform.FakeUserDirectory;

class GatekeeperTest {
    private final FakeUserDirectory users = new FakeUserDirectory()
            .add("reader", "pw1", "masterdata.party.read")
            .add("admin", "pw2", "masterdata.*");
    private final AtomicLong now = new AtomicLong();
    private final Authenticator authenticator = new Authenticator(users, now::get, Duration.ofSeconds(60), 2);
    private final Gatekeeper gatekeeper = new Gatekeeper(authenticator);

    static class Resource {
        @PublicEndpoint
        public void open() {
        }

        @RequiresPermission("masterdata.party.write")
        public void write() {
        }

        @RequiresPermission("masterdata.party.read")
        public void read() {
        }

        @AuthenticatedOnly
        public void anyone() {
        }

        public void forgotten() {
        }
    }

    private static Method method(String name) throws NoSuchMethodException {
        return Resource.class.getMethod(name);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void clear() {
        CallContext.clear();
    }

    @Test
    void publicNeedsNoCredentials() throws Exception {
        assertNull(gatekeeper.admit(method("open"), null));
        assertNull(gatekeeper.admit(method("open"), "Basic garbage%%"));
    }

    @Test
    void protectedWithoutCredentialsIs401() throws Exception {
        assertThrows(AuthenticationException.class, () -> gatekeeper.admit(method("read"), null));
        assertThrows(AuthenticationException.class, () -> gatekeeper.admit(method("forgotten"), null));
        assertThrows(AuthenticationException.class, () -> gatekeeper.admit(method("read"), basic("reader", "wrong")));
        assertThrows(AuthenticationException.class, () -> gatekeeper.admit(method("read"), "Bearer forged"));
    }

    @Test
    void permissionIsChecked() throws Exception {
        assertEquals("reader", gatekeeper.admit(method("read"), basic("reader", "pw1")).username());
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> gatekeeper.admit(method("write"), basic("reader", "pw1")));
        assertEquals("masterdata.party.write", e.permission());
        assertEquals("admin", gatekeeper.admit(method("write"), basic("admin", "pw2")).username());
    }

    @Test
    void methodWithoutRuleIsDeniedEvenForAdmins() throws Exception {
        assertThrows(DeniedException.class, () -> gatekeeper.admit(method("forgotten"), basic("admin", "pw2")));
        assertThrows(DeniedException.class, () -> gatekeeper.admit(null, basic("admin", "pw2")));
        assertEquals("reader", gatekeeper.admit(method("anyone"), basic("reader", "pw1")).username());
    }

    @Test
    void basicSuccessIsCachedForTheTtlOnly() throws Exception {
        gatekeeper.admit(method("read"), basic("reader", "pw1"));
        gatekeeper.admit(method("read"), basic("reader", "pw1"));
        assertEquals(1, users.authenticateCalls.size());
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        gatekeeper.admit(method("read"), basic("reader", "pw1"));
        assertEquals(2, users.authenticateCalls.size());
    }

    @Test
    void failuresAreNotCachedAndCacheIsBounded() throws Exception {
        assertThrows(AuthenticationException.class, () -> gatekeeper.admit(method("read"), basic("reader", "bad")));
        assertThrows(AuthenticationException.class, () -> gatekeeper.admit(method("read"), basic("reader", "bad")));
        assertEquals(2, users.authenticateCalls.size());
        users.add("third", "pw3", "masterdata.party.read");
        gatekeeper.admit(method("read"), basic("reader", "pw1"));
        gatekeeper.admit(method("read"), basic("admin", "pw2"));
        gatekeeper.admit(method("read"), basic("third", "pw3"));
        assertEquals(true, authenticator.cacheSize() <= 2);
    }

    @Test
    void binderSetsAndClearsTheCallContext() {
        Caller caller = new Caller("li", Set.of(), Set.of("x.y.z"));
        CallContext.bind(caller);
        assertEquals(caller, CallContext.current().orElseThrow());
        assertEquals("li", CallContext.actorName());
        CallContext.clear();
        assertEquals(false, CallContext.current().isPresent());
    }
}
