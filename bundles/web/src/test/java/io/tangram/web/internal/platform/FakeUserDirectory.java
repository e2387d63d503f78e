package io.tangram.web.internal.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.AccessToken;
import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;

/** An in-memory directory: users with passwords and permissions, tokens "token-&lt;n&gt;". */
public class FakeUserDirectory implements UserDirectory {
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, Caller> callers = new ConcurrentHashMap<>();
    private final Map<String, Caller> tokens = new ConcurrentHashMap<>();
    public final List<String> authenticateCalls = new ArrayList<>();

    public FakeUserDirectory add(String username, String password, String... permissions) {
        passwords.put(username, password);
        callers.put(username, new Caller(username, Set.of("clerk"), Set.of(permissions)));
        return this;
    }

    @Override
    public Caller authenticate(String username, String password) {
        authenticateCalls.add(username);
        if (password == null || !password.equals(passwords.get(username))) {
            throw new AuthenticationException(Text.of("Wrong username or password", "用户名或密码错误"));
        }
        return callers.get(username);
    }

    @Override
    public AccessToken issueToken(Caller caller) {
        String token = "token-" + (tokens.size() + 1);
        tokens.put(token, caller);
        return new AccessToken(token, caller.username(), Instant.parse("2030-01-01T00:00:00Z"));
    }

    @Override
    public Caller verifyToken(String token) {
        Caller caller = tokens.get(token);
        if (caller == null) {
            throw new AuthenticationException(Text.of("Invalid token", "令牌无效"));
        }
        return caller;
    }

    @Override
    public List<UserAccount> users() {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserAccount createUser(String username, String displayName, String password, Set<String> roles) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setPassword(String username, String newPassword) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setRoles(String username, Set<String> roles) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Role> roles() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Role saveRole(String name, String description, Set<String> permissions) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Permission> permissions() {
        throw new UnsupportedOperationException();
    }
}
