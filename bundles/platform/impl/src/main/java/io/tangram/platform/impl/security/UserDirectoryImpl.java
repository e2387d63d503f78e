package io.tangram.platform.impl.security;

import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.PlatformPermissions;
import io.tangram.platform.api.security.AccessToken;
import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.platform.impl.security.SecurityStore.UserRow;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users, roles and permissions in the platform tables, PBKDF2 password hashes, per-account login
 * throttling, HMAC-signed stateless tokens, and the first administrator at first start.
 */
@Component(service = {UserDirectory.class, AdministratorBootstrap.class}, immediate = true,
        configurationPid = UserDirectoryImpl.PID)
@Designate(ocd = UserDirectoryImpl.Config.class)
public final class UserDirectoryImpl implements UserDirectory, AdministratorBootstrap {

    public static final String PID = "io.tangram.platform";
    public static final String ADMIN_ROLE = "admin";
    static final String TOKEN_KEY_SETTING = "platform.security.token-key";
    private static final int GENERATED_PASSWORD_LENGTH = 20;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int MAX_LOGIN_PASSWORD = 1024;
    private static final Text USER = Text.of("User", "用户");
    private static final Logger LOG = LoggerFactory.getLogger(UserDirectoryImpl.class);

    /** Sign-in settings of the platform (PID {@value #PID}). */
    @ObjectClassDefinition(name = "Tangram platform: users and sign-in",
            description = "Access tokens")
    public @interface Config {

        @AttributeDefinition(name = "Access token lifetime (minutes)", min = "1")
        int token_lifetimeMinutes() default 480;
    }

    private record Login(UserRow user, SortedSet<String> roles, SortedSet<String> permissions) {

        Caller caller() {
            return new Caller(user.username(), roles, permissions);
        }
    }

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final SecureRandom random;
    private final TokenSigner signer;
    private final String dummyHash;
    private volatile Duration tokenLifetime;

    @Activate
    public UserDirectoryImpl(@Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                             @Reference Transactions transactions, @Reference AuditLog audit,
                             @Reference(target = "(tangram.module=platform)") SchemaReady schema, Config config) {
        this(dataSource, transactions, audit, config, Clock.systemUTC(), new PasswordHasher(), new SecureRandom());
    }

    UserDirectoryImpl(DataSource dataSource, Transactions transactions, AuditLog audit, Config config, Clock clock,
                      PasswordHasher hasher, SecureRandom random) {
        this.jdbc = new Jdbc(dataSource, transactions);
        this.audit = audit;
        this.clock = clock;
        this.hasher = hasher;
        this.random = random;
        this.tokenLifetime = lifetime(config);
        this.signer = new TokenSigner(signingKey(), clock, random);
        this.dummyHash = hasher.hash(generatePassword());
    }

    @Modified
    void modified(Config config) {
        tokenLifetime = lifetime(config);
    }

    private static Duration lifetime(Config config) {
        return Duration.ofMinutes(Math.max(1, config.token_lifetimeMinutes()));
    }

    // sign-in

    @Override
    public Caller authenticate(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!SecurityRules.USERNAME.matcher(name).matches() || password == null || password.isEmpty()
                || password.length() > MAX_LOGIN_PASSWORD) {
            hasher.verify(password == null || password.length() > MAX_LOGIN_PASSWORD ? "" : password, dummyHash);
            throw badCredentials();
        }
        Optional<Login> found = jdbc.requiresNew(c -> login(c, name));
        if (found.isEmpty()) {
            hasher.verify(password, dummyHash);
            throw badCredentials();
        }
        UserRow user = found.get().user();
        Instant now = clock.instant();
        if (LoginThrottle.isLocked(user.lockedUntil(), now)) {
            throw new AuthenticationException(Text.of("Account locked, try again in {0} s", "账户已锁定，请在 {0} 秒后重试",
                    LoginThrottle.secondsLeft(user.lockedUntil(), now)));
        }
        if (!hasher.verify(password, user.passwordHash())) {
            recordFailure(name, now);
            throw badCredentials();
        }
        if (!user.enabled()) {
            throw new AuthenticationException(Text.of("This account is disabled", "该账户已停用"));
        }
        String rehash = hasher.needsRehash(user.passwordHash()) ? hasher.hash(password) : null;
        if (user.failedAttempts() > 0 || user.lockedUntil() != null || rehash != null) {
            jdbc.requiresNew(c -> {
                SecurityStore.clearFailures(c, name);
                if (rehash != null) {
                    SecurityStore.updatePasswordHash(c, name, rehash);
                }
                return null;
            });
        }
        return found.get().caller();
    }

    private void recordFailure(String username, Instant now) {
        jdbc.requiresNew(c -> {
            int failures = SecurityStore.addFailedAttempt(c, username);
            Duration lock = LoginThrottle.lockAfter(failures);
            if (!lock.isZero()) {
                SecurityStore.lockUntil(c, username, now.plus(lock));
                audit.record("platform", "lock", "user", username,
                        "locked for " + lock.toSeconds() + " s after " + failures + " failed sign-ins");
                LOG.info("Account '{}' locked for {} s after {} failed sign-ins", username, lock.toSeconds(), failures);
            }
            return failures;
        });
    }

    @Override
    public AccessToken issueToken(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        Optional<UserRow> user = jdbc.required(c -> SecurityStore.findUser(c, caller.username()));
        if (user.isEmpty() || !user.get().enabled()) {
            throw new AuthenticationException(Text.of("Only an enabled user can get an access token",
                    "只有已启用的用户才能获得访问令牌"));
        }
        Instant expiresAt = clock.instant().plus(tokenLifetime).truncatedTo(ChronoUnit.SECONDS);
        return new AccessToken(signer.sign(caller.username(), expiresAt), caller.username(), expiresAt);
    }

    @Override
    public Caller verifyToken(String token) {
        TokenSigner.Claims claims = signer.verify(token);
        Optional<Login> found = jdbc.required(c -> login(c, claims.username()));
        if (found.isEmpty() || !found.get().user().enabled()) {
            throw new AuthenticationException(Text.of("Invalid access token", "访问令牌无效"));
        }
        return found.get().caller();
    }

    private static Optional<Login> login(Connection c, String username) throws SQLException {
        Optional<UserRow> user = SecurityStore.findUser(c, username);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        SortedSet<String> roles = SecurityStore.rolesOf(c, username);
        return Optional.of(new Login(user.get(), roles, SecurityStore.permissionsOfRoles(c, roles)));
    }

    private static AuthenticationException badCredentials() {
        return new AuthenticationException(Text.of("Invalid username or password", "用户名或密码错误"));
    }

    // users

    @Override
    public List<UserAccount> users() {
        CallContext.require(PlatformPermissions.USER_READ);
        Instant now = clock.instant();
        return jdbc.required(c -> {
            Map<String, SortedSet<String>> roles = SecurityStore.rolesOfAllUsers(c);
            List<UserAccount> result = new ArrayList<>();
            for (UserRow user : SecurityStore.users(c)) {
                result.add(account(user, roles.getOrDefault(user.username(), new TreeSet<>()), now));
            }
            return result;
        });
    }

    @Override
    public UserAccount createUser(String username, String displayName, String password, Set<String> roles) {
        CallContext.require(PlatformPermissions.USER_WRITE);
        Validation v = new Validation();
        SortedSet<String> roleSet = names(v, "roles", roles);
        SecurityRules.username(v, "username", username);
        SecurityRules.displayName(v, "displayName", displayName);
        SecurityRules.password(v, "password", password);
        checkRolesExist(v, roleSet);
        v.throwIfInvalid();
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        try {
            UserAccount account = jdbc.required(c -> {
                if (SecurityStore.findUser(c, username).isPresent()) {
                    throw duplicateUser(username);
                }
                SecurityStore.insertUser(c, username, displayName.trim(), hash, now);
                SecurityStore.replaceUserRoles(c, username, roleSet);
                audit.record("platform", "create", "user", username,
                        "displayName=" + displayName.trim() + ", roles=" + roleSet);
                return account(SecurityStore.findUser(c, username).orElseThrow(), roleSet, now);
            });
            LOG.info("User '{}' created by {} with roles {}", username, CallContext.actorName(), roleSet);
            return account;
        } catch (Jdbc.DatabaseException e) {
            if (SecurityStore.isDuplicateKey(e)) {
                throw duplicateUser(username);
            }
            throw e;
        }
    }

    private static ConflictException duplicateUser(String username) {
        return new ConflictException(Text.of("A user named {0} already exists", "用户 {0} 已存在", username));
    }

    @Override
    public void setPassword(String username, String newPassword) {
        CallContext.require(PlatformPermissions.USER_WRITE);
        SecurityRules.password(new Validation(), "password", newPassword).throwIfInvalid();
        String hash = hasher.hash(newPassword);
        jdbc.required(c -> {
            requireUser(c, username);
            SecurityStore.updatePasswordHash(c, username, hash);
            SecurityStore.clearFailures(c, username);
            audit.record("platform", "update", "user", username, "password changed");
            return null;
        });
        LOG.info("Password of user '{}' changed by {}", username, CallContext.actorName());
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        CallContext.require(PlatformPermissions.USER_WRITE);
        jdbc.required(c -> {
            UserRow user = requireUser(c, username);
            if (user.enabled() == enabled) {
                return null;
            }
            if (!enabled) {
                requireAnotherAdministrator(c, username);
            }
            SecurityStore.updateEnabled(c, username, enabled);
            audit.record("platform", "update", "user", username, "enabled=" + enabled);
            return null;
        });
    }

    @Override
    public void setRoles(String username, Set<String> roles) {
        CallContext.require(PlatformPermissions.USER_WRITE);
        Validation v = new Validation();
        SortedSet<String> roleSet = names(v, "roles", roles);
        checkRolesExist(v, roleSet);
        v.throwIfInvalid();
        jdbc.required(c -> {
            requireUser(c, username);
            if (!roleSet.contains(ADMIN_ROLE)) {
                requireAnotherAdministrator(c, username);
            }
            SecurityStore.replaceUserRoles(c, username, roleSet);
            audit.record("platform", "update", "user", username, "roles=" + roleSet);
            return null;
        });
    }

    private static UserRow requireUser(Connection c, String username) throws SQLException {
        return SecurityStore.findUser(c, username).orElseThrow(() -> NotFoundException.of(USER, username));
    }

    /** Refuses a change that would leave no enabled administrator, if {@code username} is one now. */
    private static void requireAnotherAdministrator(Connection c, String username) throws SQLException {
        UserRow user = requireUser(c, username);
        boolean isAdmin = user.enabled() && SecurityStore.rolesOf(c, username).contains(ADMIN_ROLE);
        if (isAdmin && SecurityStore.countEnabledWithRole(c, ADMIN_ROLE, username) == 0) {
            throw new ConflictException(Text.of("{0} is the last enabled administrator; enable or appoint another first",
                    "{0} 是最后一个启用的管理员，请先启用或指定另一位管理员", username));
        }
    }

    /** The non-blank names of {@code input} (null: none); a blank one is a field error. */
    private static SortedSet<String> names(Validation v, String field, Set<String> input) {
        SortedSet<String> result = new TreeSet<>();
        if (input != null) {
            for (String name : input) {
                if (name == null || name.isBlank()) {
                    v.add(field, Text.of("must not contain an empty name", "不能包含空名称"));
                } else {
                    result.add(name.trim());
                }
            }
        }
        return result;
    }

    private void checkRolesExist(Validation v, Set<String> roles) {
        Set<String> existing = jdbc.required(SecurityStore::existingRoles);
        SortedSet<String> unknown = new TreeSet<>(roles);
        unknown.removeAll(existing);
        v.check(unknown.isEmpty(), "roles", Text.of("unknown role(s): {0}", "角色不存在：{0}", String.join(", ", unknown)));
    }

    private static UserAccount account(UserRow user, SortedSet<String> roles, Instant now) {
        Instant locked = LoginThrottle.isLocked(user.lockedUntil(), now) ? user.lockedUntil() : null;
        return new UserAccount(user.username(), user.displayName(), user.enabled(),
                Collections.unmodifiableSortedSet(new TreeSet<>(roles)), user.createdAt(), locked);
    }

    // roles and permissions

    @Override
    public List<Role> roles() {
        CallContext.require(PlatformPermissions.ROLE_READ);
        return jdbc.required(SecurityStore::roles);
    }

    @Override
    public Role saveRole(String name, String description, Set<String> permissions) {
        CallContext.require(PlatformPermissions.ROLE_WRITE);
        Validation v = new Validation();
        SortedSet<String> granted = names(v, "permissions", permissions);
        v.required("name", name).matches("name", name, SecurityRules.ROLE_NAME,
                Text.of("must be 2 to 64 characters: a-z, 0-9, dot, underscore or hyphen",
                        "须为 2 至 64 个字符：a-z、0-9、点、下划线或连字符"));
        v.maxLength("description", description, 500);
        Set<String> declared = jdbc.required(SecurityStore::permissionNames);
        SortedSet<String> unknown = new TreeSet<>();
        for (String p : granted) {
            if (!SecurityRules.PERMISSION_WILDCARD.matcher(p).matches() && !declared.contains(p)) {
                unknown.add(p);
            }
        }
        v.check(unknown.isEmpty(), "permissions", Text.of("not declared by any module: {0}",
                "没有模块声明这些权限：{0}", String.join(", ", unknown)));
        v.check(!ADMIN_ROLE.equals(name) || granted.contains("*"), "permissions",
                Text.of("the admin role always keeps *", "admin 角色必须保留 *"));
        v.throwIfInvalid();
        return jdbc.required(c -> {
            Optional<Role> existing = SecurityStore.findRole(c, name);
            String text = description != null ? description.trim()
                    : existing.map(Role::description).orElse("");
            if (existing.isPresent()) {
                SecurityStore.updateRoleDescription(c, name, text);
            } else {
                SecurityStore.insertRole(c, name, text);
            }
            SecurityStore.replaceRolePermissions(c, name, granted);
            audit.record("platform", existing.isPresent() ? "update" : "create", "role", name,
                    "permissions=" + granted);
            return new Role(name, text, Collections.unmodifiableSortedSet(granted));
        });
    }

    @Override
    public List<Permission> permissions() {
        CallContext.require(PlatformPermissions.ROLE_READ);
        return jdbc.required(SecurityStore::permissions);
    }

    // start-up

    private byte[] signingKey() {
        Optional<String> stored = jdbc.requiresNew(c -> SecurityStore.setting(c, TOKEN_KEY_SETTING));
        if (stored.isPresent()) {
            return decodeKey(stored.get());
        }
        byte[] key = TokenSigner.newKey(random);
        try {
            jdbc.requiresNew(c -> {
                SecurityStore.insertSetting(c, TOKEN_KEY_SETTING, Base64.getEncoder().encodeToString(key));
                return null;
            });
            LOG.info("Generated the access token signing key");
            return key;
        } catch (Jdbc.DatabaseException e) {
            if (!SecurityStore.isDuplicateKey(e)) {
                throw e;
            }
            return decodeKey(jdbc.requiresNew(c -> SecurityStore.setting(c, TOKEN_KEY_SETTING)).orElseThrow(() -> e));
        }
    }

    private static byte[] decodeKey(String encoded) {
        byte[] key = Base64.getDecoder().decode(encoded);
        if (key.length < TokenSigner.KEY_BYTES) {
            throw new IllegalStateException("the stored token signing key " + TOKEN_KEY_SETTING + " is too short");
        }
        return key;
    }

    private String generatePassword() {
        StringBuilder sb = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Creates the configured administrator when no user holds the admin role. */
    @Override
    public void createFirstAdministrator(String configuredUsername, String configuredPassword) {
        if (jdbc.requiresNew(c -> SecurityStore.anyUserWithRole(c, ADMIN_ROLE))) {
            return;
        }
        String username = configuredUsername == null ? "" : configuredUsername.trim();
        if (SecurityRules.username(new Validation(), "username", username).hasErrors()) {
            LOG.error("No user has the admin role and username '{}' of {} is not a valid username"
                    + " (3 to 64 characters a-z 0-9 . _ -): no administrator created", username, FirstAdministrator.PID);
            return;
        }
        String configured = configuredPassword == null ? "" : configuredPassword;
        boolean generated = configured.isEmpty()
                || SecurityRules.password(new Validation(), "initialPassword", configured).hasErrors();
        if (!configured.isEmpty() && generated) {
            LOG.error("initialPassword of {} is ignored: it needs {} to {} characters",
                    FirstAdministrator.PID, SecurityRules.PASSWORD_MIN, SecurityRules.PASSWORD_MAX);
        }
        String password = generated ? generatePassword() : configured;
        String hash = hasher.hash(password);
        Instant now = clock.instant();
        boolean created;
        try {
            created = asSystem(() -> jdbc.requiresNew(c -> {
                if (SecurityStore.anyUserWithRole(c, ADMIN_ROLE)) {
                    return false;
                }
                if (SecurityStore.findUser(c, username).isPresent()) {
                    LOG.error("No user has the admin role, but user '{}' exists: grant it the admin role in the database"
                            + " or set another username in {}", username, FirstAdministrator.PID);
                    return false;
                }
                SecurityStore.insertUser(c, username, "Administrator", hash, now);
                SecurityStore.replaceUserRoles(c, username, List.of(ADMIN_ROLE));
                audit.record("platform", "create", "user", username, "first administrator, roles=[admin]");
                return true;
            }));
        } catch (Jdbc.DatabaseException e) {
            if (!SecurityStore.isDuplicateKey(e)) {
                throw e;
            }
            LOG.info("First administrator '{}' was created concurrently by another node", username);
            return;
        }
        if (created && generated) {
            LOG.warn("Tangram first administrator created: user '{}', one-time password '{}' — change it", username, password);
        } else if (created) {
            LOG.warn("Tangram first administrator created: user '{}' with the configured initialPassword"
                    + " — change it and remove initialPassword from etc/{}.cfg", username, FirstAdministrator.PID);
        }
    }

    private static <T> T asSystem(Callable<T> work) {
        try {
            return CallContext.runAs(Caller.SYSTEM, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
