package io.tangram.platform.api.security;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Users, roles and permissions stored in the database. Passwords are kept as PBKDF2 hashes; failed
 * logins are throttled per account (the account is locked for a growing time after repeated
 * failures).
 */
@ProviderType
public interface UserDirectory {

    /** Checks a username and password; throws {@link AuthenticationException} if they do not match. */
    Caller authenticate(String username, String password);

    /** Issues a signed bearer token for an authenticated caller. */
    AccessToken issueToken(Caller caller);

    /** Resolves a bearer token; throws {@link AuthenticationException} if invalid or expired. */
    Caller verifyToken(String token);

    List<UserAccount> users();

    UserAccount createUser(String username, String displayName, String password, Set<String> roles);

    void setPassword(String username, String newPassword);

    void setEnabled(String username, boolean enabled);

    void setRoles(String username, Set<String> roles);

    List<Role> roles();

    Role saveRole(String name, String description, Set<String> permissions);

    /** Every permission declared by a module, installed now or earlier. */
    List<Permission> permissions();
}
