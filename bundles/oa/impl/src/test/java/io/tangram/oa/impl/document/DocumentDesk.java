package io.tangram.oa.impl.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.tangram.platform.api.audit.AuditEntry;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.audit.AuditQuery;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.Role;
import io.tangram.platform.api.security.UserAccount;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import io.tangram.platform.impl.testing.RecordingAuditLog;

/**
 * The document services on a fresh Derby with the OA migrations, files in a temporary folder, a
 * clock the test sets (2026-11-30 10:00 Shanghai), users li.na, wang.wei and zhao.lei, roles
 * {@code finance} and {@code staff}, and departments the test assigns.
 */
final class DocumentDesk implements AutoCloseable {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final long COMPANY = 1L;
    static final Caller ADMIN = new Caller("admin", Set.of("admin"), Set.of("*"));

    final DerbyTestDatabase db;
    final Path storage;
    final FailingAudit audit = new FailingAudit();
    final MovableClock clock = new MovableClock(at("2026-11-30T10:00"));
    final Map<String, Set<String>> departments = new HashMap<>();
    volatile DocumentLimits limits;
    final FolderService folders;
    final DocumentService documents;

    DocumentDesk(Path storage) throws SQLException, IOException {
        this.db = DerbyTestDatabase.withModuleSchema("oa-docs", "oa", Path.of("src/main/resources/db/migration"));
        this.storage = storage;
        this.limits = new DocumentLimits(storage, 20, Set.of(DocumentSettings.DEFAULT_TYPES), SHANGHAI);
        this.folders = new FolderService(db.dataSource(), db.transactions(), audit, users(),
                (companyId, username) -> departments.getOrDefault(username, Set.of()), clock);
        this.documents = new DocumentService(db.dataSource(), db.transactions(), audit, folders, () -> limits, clock);
    }

    /** A clerk with the document permissions (not admin) and the given roles. */
    static Caller clerk(String username, String... roles) {
        return new Caller(username, Set.of(roles), Set.of(DocumentPermissions.READ, DocumentPermissions.WRITE));
    }

    static <T> T as(Caller caller, Callable<T> work) {
        try {
            return CallContext.runAs(caller, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    FolderDto folder(Long parentId, String name) {
        return as(ADMIN, () -> folders.create(new FolderInput(COMPANY, parentId, name)));
    }

    void grant(long folderId, GranteeType type, String grantee, AccessLevel level) {
        as(ADMIN, () -> folders.grant(folderId, new GrantInput(type, grantee, level)));
    }

    DocumentDto upload(Caller caller, long folderId, String name, String content, String... tags) {
        return as(caller, () -> documents.upload(folderId, new Upload(name, null, null, List.of(tags)),
                bytes(content)));
    }

    /** Every file in the store, the incoming folder included. */
    List<Path> files() {
        if (!Files.exists(storage)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(storage)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count(String table) {
        return db.number("SELECT COUNT(*) FROM " + table);
    }

    @Override
    public void close() {
        db.close();
    }

    private static UserDirectory users() {
        List<UserAccount> accounts = Stream.of("admin", "li.na", "wang.wei", "zhao.lei")
                .map(u -> new UserAccount(u, u, true, Set.of(), Instant.EPOCH, null)).toList();
        List<Role> roles = List.of(new Role("finance", "Finance", Set.of()), new Role("staff", "Staff", Set.of()));
        return (UserDirectory) Proxy.newProxyInstance(DocumentDesk.class.getClassLoader(),
                new Class<?>[] {UserDirectory.class}, (p, m, a) -> switch (m.getName()) {
                    case "users" -> accounts;
                    case "roles" -> roles;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    /** Records like the platform's audit log; armed, it fails on one action as a broken database would. */
    static final class FailingAudit implements AuditLog {
        final RecordingAuditLog recorded = new RecordingAuditLog();
        volatile String failOn;

        @Override
        public void record(String module, String action, String entityType, String entityId, String details) {
            if (action.equals(failOn)) {
                throw new IllegalStateException("insert failed: audit entry (injected)");
            }
            recorded.record(module, action, entityType, entityId, details);
        }

        @Override
        public List<AuditEntry> find(AuditQuery query) {
            return recorded.find(query);
        }

        List<String> briefs() {
            return recorded.briefs();
        }
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
