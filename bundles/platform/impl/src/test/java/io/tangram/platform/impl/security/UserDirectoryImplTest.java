package io.tangram.platform.impl.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tangram.platform.api.audit.AuditEntry;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.audit.AuditQuery;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.AccessToken;
import io.tangram.platform.api.security.AuthenticationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import java.lang.annotation.Annotation;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The user directory against in-memory Derby with the platform's migrations. */
class UserDirectoryImplTest {

    private static final String ADMIN_PASSWORD = "first-admin-secret";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final List<String> audit = new CopyOnWriteArrayList<>();
    private final PasswordHasher hasher = new PasswordHasher(1000, new SecureRandom());
    private final List<DerbyTestDatabase> databases = new ArrayList<>();
    private DerbyTestDatabase db;
    private UserDirectoryImpl directory;

    @BeforeEach
    void setUp() throws Exception {
        db = database();
        directory = start("admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void tearDown() {
        databases.forEach(DerbyTestDatabase::close);
    }

    private DerbyTestDatabase database() throws Exception {
        DerbyTestDatabase database = DerbyTestDatabase.withPlatformSchema("security");
        databases.add(database);
        return database;
    }

    /** Starts the directory the way the container does: the service, then the first administrator. */
    private UserDirectoryImpl start(String adminUsername, String adminPassword) {
        UserDirectoryImpl users = new UserDirectoryImpl(db.dataSource(), db.transactions(), new ListAuditLog(),
                config(480), clock, hasher, new SecureRandom());
        users.createFirstAdministrator(adminUsername, adminPassword);
        return users;
    }

    private static <T> T asConsole(Callable<T> work) throws Exception {
        return CallContext.runAs(Caller.console("tester"), work);
    }

    private static void asConsoleRun(Executable work) throws Exception {
        CallContext.runAs(Caller.console("tester"), () -> {
            try {
                work.execute();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            return null;
        });
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    // first administrator

    @Test
    void firstAdministratorSignsInWithTheConfiguredPassword() {
        Caller admin = directory.authenticate("admin", ADMIN_PASSWORD);
        assertEquals("admin", admin.username());
        assertEquals(Set.of("admin"), admin.roles());
        assertTrue(admin.has("finance.invoice.post"));
        assertTrue(audit.stream().anyMatch(a -> a.startsWith("system platform create user admin")), audit.toString());
    }

    @Test
    void firstAdministratorIsCreatedOnceAndTheKeySurvivesARestart() throws Exception {
        AccessToken token = directory.issueToken(directory.authenticate("admin", ADMIN_PASSWORD));
        UserDirectoryImpl restarted = start("root", "");
        assertEquals("admin", restarted.verifyToken(token.token()).username());
        List<UserAccount> users = asConsole(restarted::users);
        assertEquals(List.of("admin"), users.stream().map(UserAccount::username).toList());
    }

    @Test
    void generatedPasswordWhenNoneOrAWeakOneIsConfigured() throws Exception {
        for (String configured : new String[] {"", "short"}) {
            db = database();
            UserDirectoryImpl fresh = start("boss", configured);
            List<UserAccount> users = asConsole(fresh::users);
            assertEquals(1, users.size());
            assertEquals("boss", users.get(0).username());
            assertEquals(Set.of("admin"), users.get(0).roles());
            assertThrows(AuthenticationException.class, () -> fresh.authenticate("boss", configured.isEmpty() ? "x" : configured));
        }
    }

    // users

    @Test
    void createUserValidatesEveryField() {
        ValidationException e = assertThrows(ValidationException.class, () -> asConsoleRun(
                () -> directory.createUser("Li Wei", " ", "short", Set.of("admin", "nosuchrole"))));
        assertEquals(Set.of("username", "displayName", "password", "roles"), fields(e));
        assertEquals(1, audit.size(), "only the first administrator was audited");
    }

    @Test
    void createUserAndSignIn() throws Exception {
        asConsole(() -> directory.saveRole("clerk", "Clerks", Set.of("finance.*")));
        UserAccount alice = asConsole(() -> directory.createUser("alice", "Alice Liu", "alice-password", Set.of("clerk")));
        assertEquals(Set.of("clerk"), alice.roles());
        assertTrue(alice.enabled());
        assertNull(alice.lockedUntil());
        Caller caller = directory.authenticate("alice", "alice-password");
        assertEquals(Set.of("finance.*"), caller.permissions());
        assertTrue(caller.has("finance.invoice.post"));
        assertFalse(caller.has("platform.user.write"));
        assertTrue(audit.contains("console:tester platform create user alice displayName=Alice Liu, roles=[clerk]"), audit.toString());
        assertTrue(audit.stream().noneMatch(a -> a.contains("alice-password") || a.contains("pbkdf2")), audit.toString());
    }

    @Test
    void duplicateUserIsAConflict() throws Exception {
        asConsole(() -> directory.createUser("bob", "Bob", "bob-password", Set.of()));
        assertThrows(ConflictException.class, () -> asConsoleRun(() -> directory.createUser("bob", "Bob 2", "bob-password", Set.of())));
    }

    @Test
    void callerNeedsPermissions() throws Exception {
        assertThrows(ForbiddenException.class, directory::users);
        asConsole(() -> directory.createUser("carol", "Carol", "carol-password", Set.of()));
        Caller carol = directory.authenticate("carol", "carol-password");
        assertThrows(ForbiddenException.class, () -> CallContext.runAs(carol,
                () -> directory.createUser("dave", "Dave", "dave-password", Set.of())));
    }

    @Test
    void unknownUserAndWrongPasswordLookTheSame() {
        AuthenticationException unknown = assertThrows(AuthenticationException.class,
                () -> directory.authenticate("nobody", "some-password"));
        AuthenticationException wrong = assertThrows(AuthenticationException.class,
                () -> directory.authenticate("admin", "wrong-password"));
        assertEquals(unknown.text(), wrong.text());
        assertThrows(AuthenticationException.class, () -> directory.authenticate(null, null));
    }

    // throttling

    @Test
    void fiveFailuresLockEvenTheRightPasswordThenTheLockDoubles() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThrows(AuthenticationException.class, () -> directory.authenticate("admin", "wrong-password"));
        }
        AuthenticationException locked = assertThrows(AuthenticationException.class,
                () -> directory.authenticate("admin", ADMIN_PASSWORD));
        assertEquals("Account locked, try again in 30 s", locked.getMessage());
        assertTrue(locked.text().in(java.util.Locale.SIMPLIFIED_CHINESE).contains("30"));
        UserAccount admin = asConsole(directory::users).get(0);
        assertEquals(clock.instant().plusSeconds(30), admin.lockedUntil());
        assertTrue(audit.stream().anyMatch(a -> a.contains("lock user admin locked for 30 s after 5 failed sign-ins")), audit.toString());

        clock.advance(Duration.ofSeconds(31));
        assertThrows(AuthenticationException.class, () -> directory.authenticate("admin", "wrong-password"));
        locked = assertThrows(AuthenticationException.class, () -> directory.authenticate("admin", ADMIN_PASSWORD));
        assertEquals("Account locked, try again in 60 s", locked.getMessage());

        clock.advance(Duration.ofSeconds(61));
        assertEquals("admin", directory.authenticate("admin", ADMIN_PASSWORD).username());
        for (int i = 0; i < 4; i++) {
            assertThrows(AuthenticationException.class, () -> directory.authenticate("admin", "wrong-password"));
        }
        assertEquals("admin", directory.authenticate("admin", ADMIN_PASSWORD).username(), "success reset the counter");
    }

    @Test
    void newPasswordUnlocks() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThrows(AuthenticationException.class, () -> directory.authenticate("admin", "wrong-password"));
        }
        asConsoleRun(() -> directory.setPassword("admin", "brand-new-password"));
        assertEquals("admin", directory.authenticate("admin", "brand-new-password").username());
        ValidationException e = assertThrows(ValidationException.class, () -> asConsoleRun(() -> directory.setPassword("admin", "short")));
        assertEquals(Set.of("password"), fields(e));
        assertThrows(NotFoundException.class, () -> asConsoleRun(() -> directory.setPassword("ghost", "brand-new-password")));
    }

    // tokens

    @Test
    void tokensVerifyUntilTheyExpireOrTheUserIsDisabled() throws Exception {
        asConsole(() -> directory.createUser("erin", "Erin", "erin-password", Set.of("admin")));
        AccessToken token = directory.issueToken(directory.authenticate("erin", "erin-password"));
        assertEquals(clock.instant().plus(Duration.ofHours(8)), token.expiresAt());
        Caller caller = directory.verifyToken(token.token());
        assertEquals("erin", caller.username());
        assertTrue(caller.has("anything.at.all"));

        asConsoleRun(() -> directory.setEnabled("erin", false));
        assertThrows(AuthenticationException.class, () -> directory.verifyToken(token.token()));
        AuthenticationException disabled = assertThrows(AuthenticationException.class,
                () -> directory.authenticate("erin", "erin-password"));
        assertEquals("This account is disabled", disabled.getMessage());
        asConsoleRun(() -> directory.setEnabled("erin", true));
        assertEquals("erin", directory.verifyToken(token.token()).username());

        clock.advance(Duration.ofHours(8));
        assertThrows(AuthenticationException.class, () -> directory.verifyToken(token.token()));
        assertThrows(AuthenticationException.class, () -> directory.issueToken(Caller.console("karaf")));
    }

    // roles and permissions

    @Test
    void rolesUseDeclaredPermissionsOrWildcards() throws Exception {
        PermissionCatalog catalog = new PermissionCatalog(db.dataSource(), db.transactions(), clock);
        PermissionProvider finance = () -> List.of(
                Permission.of("finance.invoice.read", "Read invoices", "查看发票"),
                Permission.of("finance.invoice.post", "Post invoices", "过账发票"));
        assertEquals(2, catalog.declare(finance));
        assertEquals(0, catalog.declare(finance), "unchanged declarations are not rewritten");
        assertEquals(8, catalog.declare(new PlatformPermissionCatalog()));

        List<Permission> declared = asConsole(directory::permissions);
        assertEquals(10, declared.size());
        assertEquals("查看发票", declared.stream().filter(p -> p.name().equals("finance.invoice.read"))
                .findFirst().orElseThrow().description().zh());

        ValidationException e = assertThrows(ValidationException.class,
                () -> asConsoleRun(() -> directory.saveRole("reader", "Readers", Set.of("finance.invoice.raed"))));
        assertEquals(Set.of("permissions"), fields(e));

        Role reader = asConsole(() -> directory.saveRole("reader", "Readers", Set.of("finance.invoice.read", "crm.*")));
        assertEquals(Set.of("crm.*", "finance.invoice.read"), reader.permissions());
        Role renamed = asConsole(() -> directory.saveRole("reader", null, Set.of("finance.invoice.read")));
        assertEquals("Readers", renamed.description());
        asConsole(() -> directory.saveRole("poster", "Posters", Set.of("finance.invoice.post")));
        asConsole(() -> directory.createUser("frank", "Frank", "frank-password", Set.of("reader", "poster")));
        assertEquals(Set.of("finance.invoice.read", "finance.invoice.post"),
                directory.authenticate("frank", "frank-password").permissions());
        assertEquals(List.of("admin", "poster", "reader"), asConsole(directory::roles).stream().map(Role::name).toList());
        assertTrue(audit.contains("console:tester platform update role reader permissions=[finance.invoice.read]"), audit.toString());
    }

    @Test
    void theLastAdministratorStays() throws Exception {
        assertThrows(ConflictException.class, () -> asConsoleRun(() -> directory.setEnabled("admin", false)));
        assertThrows(ConflictException.class, () -> asConsoleRun(() -> directory.setRoles("admin", Set.of())));
        ValidationException e = assertThrows(ValidationException.class,
                () -> asConsoleRun(() -> directory.saveRole("admin", "Admins", Set.of("finance.*"))));
        assertEquals(Set.of("permissions"), fields(e));

        asConsole(() -> directory.createUser("grace", "Grace", "grace-password", Set.of("admin")));
        asConsoleRun(() -> directory.setRoles("admin", Set.of()));
        assertEquals(Set.of(), directory.authenticate("admin", ADMIN_PASSWORD).roles());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> asConsoleRun(() -> directory.setRoles("grace", Set.of("ghost"))));
        assertEquals(Set.of("roles"), fields(unknown));
    }

    // fakes

    private static UserDirectoryImpl.Config config(int minutes) {
        return new UserDirectoryImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return UserDirectoryImpl.Config.class;
            }

            @Override
            public int token_lifetimeMinutes() {
                return minutes;
            }
        };
    }

    private final class ListAuditLog implements AuditLog {

        @Override
        public void record(String module, String action, String entityType, String entityId, String details) {
            audit.add(CallContext.actorName() + " " + module + " " + action + " " + entityType + " " + entityId + " " + details);
        }

        @Override
        public List<AuditEntry> find(AuditQuery query) {
            return List.of();
        }
    }

    static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
