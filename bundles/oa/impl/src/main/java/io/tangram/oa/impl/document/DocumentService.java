package io.tangram.oa.impl.document;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Documents in {@code oa_document}, every uploaded version in {@code oa_document_version} and their
 * tags. An upload is received into a temporary file (size counted, type checked, SHA-256
 * computed), then moved under a generated key and recorded in one transaction; when that
 * transaction fails the moved file is deleted again, so a failed upload leaves neither a row, nor a
 * file, nor a changed current version. Writers of one document are serialised by bumping its
 * {@code version} first. Access follows the folder grants ({@link FolderService}).
 */
@Component(service = {DocumentService.class, StoredDocuments.class})
public class DocumentService implements StoredDocuments {
    private static final int MAX_TAGS = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String SELECT = "SELECT d.id, d.company_id, d.folder_id, d.name, d.content_type,"
            + " d.current_version, d.size_bytes, d.sha256, d.status, d.checked_out_by, d.checked_out_at,"
            + " d.created_by, d.created_at, d.updated_by, d.updated_at FROM oa_document d";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final FolderService folders;
    private final Supplier<DocumentLimits> limits;
    private final Clock clock;

    @Activate
    public DocumentService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                           @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                           @Reference Transactions tx, @Reference AuditLog audit, @Reference FolderService folders,
                           @Reference DocumentSettings settings) {
        this(dataSource, tx, audit, folders, settings::limits, Clock.systemUTC());
    }

    /** For tests: {@code limits} are the settings in force, {@code clock} stamps the changes. */
    DocumentService(DataSource dataSource, Transactions tx, AuditLog audit, FolderService folders,
                    Supplier<DocumentLimits> limits, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.folders = folders;
        this.limits = limits;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- uploads

    /**
     * Stores a new document in a folder (WRITE there) as its version 1.
     *
     * @throws ValidationException naming {@code file} when the file is empty, too large, of a type not
     *         allowed or not what its extension says; {@code name} when the name is missing
     * @throws ConflictException when the folder already has a document of that name
     */
    public DocumentDto upload(long folderId, Upload input, InputStream content) {
        CallContext.require(DocumentPermissions.WRITE);
        Upload in = required(input);
        long companyId = sql.one("SELECT company_id FROM oa_doc_folder WHERE id = ?", rs -> rs.getLong(1), folderId)
                .orElseThrow(() -> new NotFoundException(Text.of("There is no folder {0}", "不存在文件夹 {0}", folderId)));
        folders.demand(companyId, folderId, AccessLevel.WRITE);
        DocumentLimits settings = limits.get();
        Validation v = new Validation();
        String name = nameCheck(v, in.fileName());
        String extension = typeCheck(v, name, settings);
        v.maxLength("comment", in.comment(), 1000);
        tagChecks(v, in.tags());
        v.throwIfInvalid();
        String contentType = FileTypes.contentType(extension, in.contentType());
        return store(settings, content, extension, (staged, keep) -> tx.required(() -> {
            lockFolder(folderId);
            uniqueName(folderId, name, null);
            Instant now = clock.instant();
            String actor = CallContext.actorName();
            String key = keep.get();
            long id = sql.insert("INSERT INTO oa_document (company_id, folder_id, name, content_type, current_version,"
                    + " size_bytes, sha256, status, created_by, created_at, updated_by, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 0)", companyId, folderId, name, contentType,
                    staged.size(), staged.sha256(), DocumentStatus.ACTIVE, actor, now, actor, now);
            insertVersion(id, 1, name, contentType, staged, key, in.comment(), now);
            writeTags(id, in.tags());
            DocumentDto created = load(id).orElseThrow();
            audit.record("oa", "upload", "document", String.valueOf(id), JsonText.write(created));
            return created;
        }));
    }

    /**
     * Stores a new version of a document (WRITE on its folder); while the document is checked out only
     * the holder or an administrator may.
     */
    public DocumentDto uploadVersion(long id, Upload input, InputStream content) {
        CallContext.require(DocumentPermissions.WRITE);
        Upload in = required(input);
        DocumentDto before = writable(id);
        lockedCheck(before);
        DocumentLimits settings = limits.get();
        Validation v = new Validation();
        String fileName = nameCheck(v, in.fileName() == null || in.fileName().isBlank() ? before.name()
                : in.fileName());
        String extension = typeCheck(v, fileName, settings);
        v.maxLength("comment", in.comment(), 1000);
        v.throwIfInvalid();
        String contentType = FileTypes.contentType(extension, in.contentType());
        return store(settings, content, extension, (staged, keep) -> tx.required(() -> {
            DocumentDto current = lockDocument(id);
            activeCheck(current);
            lockedCheck(current);
            int next = current.currentVersion() + 1;
            Instant now = clock.instant();
            String key = keep.get();
            insertVersion(id, next, fileName, contentType, staged, key, in.comment(), now);
            sql.update("UPDATE oa_document SET current_version = ?, content_type = ?, size_bytes = ?, sha256 = ?,"
                    + " updated_by = ?, updated_at = ? WHERE id = ?", next, contentType, staged.size(), staged.sha256(),
                    CallContext.actorName(), now, id);
            DocumentDto updated = load(id).orElseThrow();
            audit.record("oa", "upload-version", "document", String.valueOf(id), JsonText.object("version", next,
                    "fileName", fileName, "sizeBytes", staged.size(), "sha256", staged.sha256(), "comment",
                    in.comment()));
            return updated;
        }));
    }

    /** The work that records a staged upload; {@code keep} moves the file into place and answers its key. */
    @FunctionalInterface
    private interface Recording {
        DocumentDto record(DocumentStore.Staged staged, Supplier<String> keep);
    }

    /**
     * Stages {@code content}, checks its type, and runs {@code recording}; when anything fails, the
     * staged or already moved file is deleted again.
     */
    private DocumentDto store(DocumentLimits settings, InputStream content, String extension, Recording recording) {
        if (content == null) {
            throw ValidationException.of("file", Text.of("is required", "必填"));
        }
        DocumentStore store = new DocumentStore(settings.storageDirectory());
        DocumentStore.Staged staged = store.stage(content, settings.maxBytes(), settings.maxFileSizeMb());
        List<Path> kept = Collections.synchronizedList(new ArrayList<>());
        try {
            if (!FileTypes.fits(extension, staged.head())) {
                throw ValidationException.of("file", Text.of("is not a .{0} file: its content does not match its name",
                        "不是 .{0} 文件：内容与文件名不符", extension));
            }
            return recording.record(staged, () -> {
                String key = store.keep(staged);
                kept.add(store.fileOf(key));
                return key;
            });
        } catch (RuntimeException | Error e) {
            DocumentStore.delete(staged.file());
            kept.forEach(DocumentStore::delete);
            throw e;
        }
    }

    // ---------------------------------------------------------------- reading

    /** A document the caller may read; one in the recycle bin only for administrators. */
    public DocumentDto get(long id) {
        CallContext.require(DocumentPermissions.READ);
        return load(id).filter(d -> folders.access(d.companyId(), d.folderId()) != null)
                .filter(d -> d.status() == DocumentStatus.ACTIVE || FolderService.admin())
                .orElseThrow(() -> notFound(id));
    }

    /** The document whatever the caller's access, for the module's own use. */
    public Optional<DocumentDto> load(long id) {
        return sql.one(SELECT + " WHERE d.id = ?", rs -> row(rs, null), id).map(d -> withPathAndTags(d,
                folders.path(d.companyId(), d.folderId())));
    }

    /** Every version of a document, newest first. */
    public List<DocumentVersionDto> versions(long id) {
        get(id);
        return sql.list("SELECT document_id, version_no, file_name, content_type, size_bytes, sha256, comment_text,"
                + " created_by, created_at FROM oa_document_version WHERE document_id = ? ORDER BY version_no DESC",
                rs -> new DocumentVersionDto(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        Sql.instant(rs, "created_at")), id);
    }

    /**
     * The file of a version, the current one when {@code version} is {@code null}.
     *
     * @throws NotFoundException when the document has no such version
     * @throws ConflictException when its file is missing from the store
     */
    public DocumentFile download(long id, Integer version) {
        DocumentDto doc = get(id);
        int wanted = version == null ? doc.currentVersion() : version;
        record Stored(String fileName, String contentType, long size, String sha256, String key) {
        }
        Stored stored = sql.list("SELECT file_name, content_type, size_bytes, sha256, storage_key FROM oa_document_version"
                + " WHERE document_id = ? AND version_no = ?", rs -> new Stored(rs.getString(1), rs.getString(2),
                        rs.getLong(3), rs.getString(4), rs.getString(5)), id, wanted).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("{0} has no version {1}", "{0} 没有第 {1} 版",
                        doc.name(), wanted)));
        Path file = new DocumentStore(limits.get().storageDirectory()).fileOf(stored.key());
        if (!Files.isRegularFile(file)) {
            throw new ConflictException(Text.of("The file of {0} version {1} is missing from the document store;"
                    + " ask an administrator to restore it from the backup",
                    "{0} 第 {1} 版的文件在文档库中缺失，请联系管理员从备份恢复", doc.name(), wanted));
        }
        String fileName = wanted == doc.currentVersion() ? doc.name() : stored.fileName();
        return new DocumentFile(id, wanted, fileName, stored.contentType(), stored.size(), stored.sha256(), file);
    }

    /**
     * Documents of the company in the folders the caller may read, by name; the recycle bin
     * ({@code status RECYCLED}) only for administrators.
     */
    public Page<DocumentDto> search(long companyId, DocumentQuery query, PageRequest page) {
        CallContext.require(DocumentPermissions.READ);
        DocumentQuery q = query == null ? DocumentQuery.all() : query;
        DocumentStatus status = q.status() == null ? DocumentStatus.ACTIVE : q.status();
        if (status == DocumentStatus.RECYCLED) {
            CallContext.require(DocumentPermissions.ADMIN);
        }
        Map<Long, String> readable = folders.readable(companyId);
        if (readable.isEmpty() || q.folderId() != null && !readable.containsKey(q.folderId())) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        StringBuilder where = new StringBuilder(" WHERE d.company_id = ? AND d.status = ?");
        List<Object> args = new ArrayList<>(List.of(companyId, status));
        if (q.folderId() != null) {
            where.append(" AND d.folder_id = ?");
            args.add(q.folderId());
        } else if (!FolderService.admin()) {
            where.append(" AND d.folder_id IN (").append(String.join(", ", Collections.nCopies(readable.size(), "?")))
                    .append(")");
            args.addAll(readable.keySet());
        }
        if (q.name() != null && !q.name().isBlank()) {
            where.append(" AND LOWER(d.name) LIKE ? ESCAPE '\\'");
            args.add("%" + q.name().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (q.tag() != null && !q.tag().isBlank()) {
            where.append(" AND d.id IN (SELECT document_id FROM oa_document_tag WHERE LOWER(tag) = ?)");
            args.add(q.tag().strip().toLowerCase(Locale.ROOT));
        }
        if (q.contentType() != null && !q.contentType().isBlank()) {
            where.append(" AND d.content_type = ?");
            args.add(FileTypes.searched(q.contentType()));
        }
        long total = sql.one("SELECT COUNT(*) FROM oa_document d" + where, rs -> rs.getLong(1), args.toArray())
                .orElse(0L);
        args.add(page.offset());
        args.add(page.limit());
        List<DocumentDto> items = sql.list(SELECT + where + " ORDER BY LOWER(d.name), d.id"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", rs -> row(rs, null), args.toArray()).stream()
                .map(d -> withPathAndTags(d, readable.get(d.folderId()))).toList();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public boolean readable(long companyId, long documentId) {
        Caller caller = CallContext.current().orElse(null);
        if (caller == null || !caller.has(DocumentPermissions.READ)) {
            return false;
        }
        return sql.one(SELECT + " WHERE d.id = ?", rs -> row(rs, null), documentId)
                .filter(d -> d.companyId() == companyId && d.status() == DocumentStatus.ACTIVE)
                .filter(d -> folders.access(companyId, d.folderId()) != null).isPresent();
    }

    // ---------------------------------------------------------------- check-out, tags, name and folder

    /** Locks a document for the caller's next versions; checking out one's own again changes nothing. */
    public DocumentDto checkOut(long id) {
        CallContext.require(DocumentPermissions.WRITE);
        writable(id);
        return tx.required(() -> {
            DocumentDto doc = lockDocument(id);
            activeCheck(doc);
            String me = CallContext.actorName();
            if (me.equals(doc.checkedOutBy())) {
                return doc;
            }
            if (doc.checkedOutBy() != null) {
                throw checkedOut(doc);
            }
            Instant now = clock.instant();
            sql.update("UPDATE oa_document SET checked_out_by = ?, checked_out_at = ? WHERE id = ?", me, now, id);
            audit.record("oa", "check-out", "document", String.valueOf(id), JsonText.object("name", doc.name(),
                    "checkedOutAt", now));
            return load(id).orElseThrow();
        });
    }

    /** Releases the check-out lock: its holder, or an administrator for someone else. */
    public DocumentDto checkIn(long id) {
        CallContext.require(DocumentPermissions.WRITE);
        writable(id);
        return tx.required(() -> {
            DocumentDto doc = lockDocument(id);
            if (doc.checkedOutBy() == null) {
                throw new ConflictException(Text.of("{0} is not checked out", "{0} 未被签出", doc.name()));
            }
            String me = CallContext.actorName();
            if (!me.equals(doc.checkedOutBy()) && !FolderService.admin()) {
                throw new ConflictException(Text.of("{0} is checked out by {1} since {2}; only {1} or an administrator"
                        + " can check it in", "{0} 已被 {1} 于 {2} 签出，只有 {1} 或管理员可以签入", doc.name(),
                        doc.checkedOutBy(), time(doc.checkedOutAt())));
            }
            sql.update("UPDATE oa_document SET checked_out_by = NULL, checked_out_at = NULL WHERE id = ?", id);
            audit.record("oa", "check-in", "document", String.valueOf(id), JsonText.object("name", doc.name(),
                    "checkedOutBy", doc.checkedOutBy(), "checkedOutAt", doc.checkedOutAt()));
            return load(id).orElseThrow();
        });
    }

    /** Replaces a document's tags. */
    public DocumentDto tag(long id, List<String> tags) {
        CallContext.require(DocumentPermissions.WRITE);
        List<String> wanted = tags == null ? List.of() : tags;
        Validation v = new Validation();
        tagChecks(v, wanted);
        v.throwIfInvalid();
        writable(id);
        return tx.required(() -> {
            DocumentDto doc = lockDocument(id);
            activeCheck(doc);
            sql.update("DELETE FROM oa_document_tag WHERE document_id = ?", id);
            writeTags(id, wanted);
            DocumentDto tagged = load(id).orElseThrow();
            audit.record("oa", "tag", "document", String.valueOf(id), JsonText.object("from", doc.tags(), "to",
                    tagged.tags()));
            return tagged;
        });
    }

    /** Renames a document (keeping its extension) or moves it to another folder (WRITE on both). */
    public DocumentDto update(long id, DocumentUpdate input) {
        CallContext.require(DocumentPermissions.WRITE);
        DocumentUpdate in = required(input);
        DocumentDto before = writable(id);
        Validation v = new Validation();
        String name = in.name() == null ? before.name() : nameCheck(v, in.name());
        v.check(name == null || FileTypes.extension(name).equals(FileTypes.extension(before.name())), "name",
                Text.of("must keep the extension .{0}", "必须保留扩展名 .{0}", FileTypes.extension(before.name())));
        long folderId = in.folderId() == null ? before.folderId() : in.folderId();
        if (folderId != before.folderId()) {
            boolean sameCompany = sql.one("SELECT company_id FROM oa_doc_folder WHERE id = ?", rs -> rs.getLong(1),
                    folderId).filter(c -> c == before.companyId()).isPresent();
            v.check(sameCompany && folders.access(before.companyId(), folderId) != null, "folderId",
                    Text.of("there is no folder {0}", "不存在文件夹 {0}", folderId));
        }
        v.throwIfInvalid();
        folders.demand(before.companyId(), folderId, AccessLevel.WRITE);
        return tx.required(() -> {
            lockFolder(folderId);
            DocumentDto doc = lockDocument(id);
            activeCheck(doc);
            lockedCheck(doc);
            uniqueName(folderId, name, id);
            sql.update("UPDATE oa_document SET name = ?, folder_id = ?, updated_by = ?, updated_at = ? WHERE id = ?",
                    name, folderId, CallContext.actorName(), clock.instant(), id);
            DocumentDto updated = load(id).orElseThrow();
            audit.record("oa", folderId == doc.folderId() ? "rename" : "move", "document", String.valueOf(id),
                    JsonText.object("fromName", doc.name(), "toName", updated.name(), "fromFolder", doc.folderPath(),
                            "toFolder", updated.folderPath()));
            return updated;
        });
    }

    // ---------------------------------------------------------------- recycle bin

    /** Moves a document to the recycle bin; its versions and files stay. */
    public DocumentDto recycle(long id) {
        CallContext.require(DocumentPermissions.WRITE);
        writable(id);
        return tx.required(() -> {
            DocumentDto doc = lockDocument(id);
            activeCheck(doc);
            lockedCheck(doc);
            Instant now = clock.instant();
            sql.update("UPDATE oa_document SET status = ?, recycled_by = ?, recycled_at = ?, checked_out_by = NULL,"
                    + " checked_out_at = NULL, updated_by = ?, updated_at = ? WHERE id = ?", DocumentStatus.RECYCLED,
                    CallContext.actorName(), now, CallContext.actorName(), now, id);
            audit.record("oa", "recycle", "document", String.valueOf(id), JsonText.object("name", doc.name(),
                    "folder", doc.folderPath()));
            return load(id).orElseThrow();
        });
    }

    /** Brings a document back from the recycle bin into its folder; administrators only. */
    public DocumentDto restore(long id) {
        CallContext.require(DocumentPermissions.ADMIN);
        DocumentDto before = get(id);
        return tx.required(() -> {
            lockFolder(before.folderId());
            DocumentDto doc = lockDocument(id);
            if (doc.status() != DocumentStatus.RECYCLED) {
                throw new ConflictException(Text.of("{0} is not in the recycle bin", "{0} 不在回收站中", doc.name()));
            }
            uniqueName(doc.folderId(), doc.name(), id);
            sql.update("UPDATE oa_document SET status = ?, recycled_by = NULL, recycled_at = NULL, updated_by = ?,"
                    + " updated_at = ? WHERE id = ?", DocumentStatus.ACTIVE, CallContext.actorName(), clock.instant(),
                    id);
            audit.record("oa", "restore", "document", String.valueOf(id), JsonText.object("name", doc.name(),
                    "folder", doc.folderPath()));
            return load(id).orElseThrow();
        });
    }

    // ---------------------------------------------------------------- helpers

    /** The document, readable by the caller, with WRITE on its folder and not in the recycle bin. */
    private DocumentDto writable(long id) {
        DocumentDto doc = get(id);
        activeCheck(doc);
        folders.demand(doc.companyId(), doc.folderId(), AccessLevel.WRITE);
        return doc;
    }

    private void activeCheck(DocumentDto doc) {
        if (doc.status() != DocumentStatus.ACTIVE) {
            throw new ConflictException(Text.of("{0} is in the recycle bin; an administrator can restore it",
                    "{0} 在回收站中，管理员可以恢复", doc.name()));
        }
    }

    /** Refuses a change while someone else holds the check-out lock (administrators may). */
    private void lockedCheck(DocumentDto doc) {
        if (doc.checkedOutBy() != null && !doc.checkedOutBy().equals(CallContext.actorName())
                && !FolderService.admin()) {
            throw checkedOut(doc);
        }
    }

    private ConflictException checkedOut(DocumentDto doc) {
        return new ConflictException(Text.of("{0} is checked out by {1} since {2}", "{0} 已被 {1} 于 {2} 签出",
                doc.name(), doc.checkedOutBy(), time(doc.checkedOutAt())));
    }

    private String time(Instant at) {
        return at == null ? "-" : TIME.withZone(limits.get().zone()).format(at);
    }

    /** Serialises writers of one document: bumps its version, then reads it as it now is. */
    private DocumentDto lockDocument(long id) {
        sql.update("UPDATE oa_document SET version = version + 1 WHERE id = ?", id);
        return load(id).orElseThrow(() -> notFound(id));
    }

    private void lockFolder(long folderId) {
        sql.update("UPDATE oa_doc_folder SET version = version + 1 WHERE id = ?", folderId);
    }

    private void uniqueName(long folderId, String name, Long except) {
        List<Long> same = sql.list("SELECT id FROM oa_document WHERE folder_id = ? AND status = ? AND LOWER(name) = ?",
                rs -> rs.getLong(1), folderId, DocumentStatus.ACTIVE, name.toLowerCase(Locale.ROOT));
        Optional<Long> other = same.stream().filter(id -> !id.equals(except)).findFirst();
        if (other.isPresent()) {
            throw new ConflictException(Text.of("Folder {0} already has a document named {1} (document {2});"
                    + " upload a new version of it instead", "文件夹 {0} 中已有名为 {1} 的文档（文档 {2}），请上传为它的新版本",
                    sql.one("SELECT company_id FROM oa_doc_folder WHERE id = ?", rs -> rs.getLong(1), folderId)
                            .map(c -> folders.path(c, folderId)).orElse(String.valueOf(folderId)), name,
                    String.valueOf(other.get())));
        }
    }

    private void insertVersion(long id, int number, String fileName, String contentType, DocumentStore.Staged staged,
                               String key, String comment, Instant now) {
        sql.update("INSERT INTO oa_document_version (document_id, version_no, file_name, content_type, size_bytes,"
                + " sha256, storage_key, comment_text, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, number, fileName, contentType, staged.size(), staged.sha256(), key,
                comment == null || comment.isBlank() ? Sql.Null.VARCHAR : comment.strip(), CallContext.actorName(), now);
    }

    private static String nameCheck(Validation v, String typed) {
        String name = typed == null ? null : typed.strip();
        v.required("name", name).maxLength("name", name, 200);
        v.check(name == null || !name.matches(".*[/\\\\\\p{Cntrl}].*"), "name",
                Text.of("must not contain / or \\", "不能包含 / 或 \\"));
        return name;
    }

    /** The file's extension, after checking it is one of the allowed types (field {@code file}). */
    private static String typeCheck(Validation v, String name, DocumentLimits settings) {
        String extension = name == null ? "" : FileTypes.extension(name);
        if (name != null && !name.isBlank() && !settings.allowedTypes().contains(extension)) {
            v.add("file", Text.of("must be one of the allowed types {0}, not {1}", "必须是允许的类型 {0} 之一，而不是 {1}",
                    String.join(", ", settings.allowedTypes().stream().sorted().toList()),
                    extension.isEmpty() ? name : "." + extension));
        }
        return extension;
    }

    private static void tagChecks(Validation v, List<String> tags) {
        v.check(tags.size() <= MAX_TAGS, "tags", Text.of("at most {0}", "最多 {0} 个", MAX_TAGS));
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i);
            v.check(t != null && !t.isBlank() && t.strip().length() <= 40, "tags[" + i + "]",
                    Text.of("must be 1 to 40 characters", "必须是 1 到 40 个字符"));
        }
    }

    private void writeTags(long id, List<String> tags) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String tag : tags) {
            distinct.putIfAbsent(tag.strip().toLowerCase(Locale.ROOT), tag.strip());
        }
        for (String tag : distinct.values()) {
            sql.update("INSERT INTO oa_document_tag (document_id, tag) VALUES (?, ?)", id, tag);
        }
    }

    private DocumentDto withPathAndTags(DocumentDto d, String folderPath) {
        List<String> tags = sql.list("SELECT tag FROM oa_document_tag WHERE document_id = ? ORDER BY tag",
                rs -> rs.getString(1), d.id());
        return new DocumentDto(d.id(), d.companyId(), d.folderId(), folderPath, d.name(), d.contentType(),
                d.currentVersion(), d.sizeBytes(), d.sha256(), tags, d.status(), d.checkedOutBy(), d.checkedOutAt(),
                d.createdBy(), d.createdAt(), d.updatedBy(), d.updatedAt());
    }

    private static DocumentDto row(ResultSet rs, String folderPath) throws SQLException {
        return new DocumentDto(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("folder_id"), folderPath,
                rs.getString("name"), rs.getString("content_type"), rs.getInt("current_version"),
                rs.getLong("size_bytes"), rs.getString("sha256"), List.of(), DocumentStatus.valueOf(rs.getString("status")),
                rs.getString("checked_out_by"), Sql.instant(rs, "checked_out_at"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"), rs.getString("updated_by"), Sql.instant(rs, "updated_at"));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Text.of("There is no document {0}", "不存在文档 {0}", id));
    }
}
