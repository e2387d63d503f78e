package io.tangram.oa.impl.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.oa.impl.UserAccounts;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;
import io.tangram.platform.api.security.UserDirectory;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * The folder tree of each company in {@code oa_doc_folder} and who may do what in it
 * ({@code oa_doc_folder_grant}). A caller's access to a folder is the highest level granted on it or
 * any folder above it to the caller's username, one of the caller's roles or one of the caller's
 * departments; holders of {@value DocumentPermissions#ADMIN} manage every folder.
 */
@Component(service = FolderService.class)
public class FolderService {
    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final UserDirectory users;
    private final DepartmentOfUser departments;
    private final Clock clock;

    @Activate
    public FolderService(@Reference(target = "(tangram.module=oa)") SchemaReady schema,
                         @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                         @Reference Transactions tx, @Reference AuditLog audit, @Reference UserDirectory users,
                         @Reference DepartmentOfUser departments) {
        this(dataSource, tx, audit, users, departments, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps the changes. */
    FolderService(DataSource dataSource, Transactions tx, AuditLog audit, UserDirectory users,
                  DepartmentOfUser departments, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.users = users;
        this.departments = departments;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- folders

    /** Adds a folder: a top-level one needs {@value DocumentPermissions#ADMIN}, a subfolder WRITE on its parent. */
    public FolderDto create(FolderInput input) {
        CallContext.require(DocumentPermissions.WRITE);
        FolderInput in = required(input);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        nameChecks(in.name()).throwIfInvalid();
        String name = in.name().strip();
        if (in.parentId() == null) {
            CallContext.require(DocumentPermissions.ADMIN);
        } else {
            Tree tree = tree(companyId);
            if (!tree.folders.containsKey(in.parentId())) {
                throw ValidationException.of("parentId", Text.of("there is no folder {0}", "不存在文件夹 {0}",
                        in.parentId()));
            }
            demand(tree, in.parentId(), AccessLevel.WRITE);
        }
        return tx.required(() -> {
            if (in.parentId() != null) {
                lock(in.parentId());
            }
            uniqueName(companyId, in.parentId(), name, null);
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO oa_doc_folder (company_id, parent_id, name, created_by, created_at,"
                    + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)", companyId, Sql.orNull(in.parentId()), name,
                    CallContext.actorName(), now, now);
            FolderDto created = get(id);
            audit.record("oa", "create", "folder", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    /** Renames a folder; needs MANAGE on it. */
    public FolderDto rename(long id, FolderInput input) {
        CallContext.require(DocumentPermissions.WRITE);
        FolderInput in = required(input);
        FolderDto before = get(id);
        nameChecks(in.name()).throwIfInvalid();
        demand(tree(before.companyId()), id, AccessLevel.MANAGE);
        String name = in.name().strip();
        return tx.required(() -> {
            lock(id);
            uniqueName(before.companyId(), before.parentId(), name, id);
            sql.update("UPDATE oa_doc_folder SET name = ?, updated_at = ? WHERE id = ?", name, clock.instant(), id);
            FolderDto renamed = get(id);
            audit.record("oa", "rename", "folder", String.valueOf(id),
                    JsonText.object("from", before.name(), "to", renamed.name()));
            return renamed;
        });
    }

    /** A folder the caller may read. */
    public FolderDto get(long id) {
        CallContext.require(DocumentPermissions.READ);
        Optional<Long> companyId = sql.one("SELECT company_id FROM oa_doc_folder WHERE id = ?", rs -> rs.getLong(1), id);
        if (companyId.isPresent()) {
            Tree tree = tree(companyId.get());
            AccessLevel access = tree.access(id);
            if (access != null) {
                return tree.dto(id, access);
            }
        }
        throw notFound(id);
    }

    /** Every folder of the company the caller may read, by path. */
    public List<FolderDto> list(long companyId) {
        CallContext.require(DocumentPermissions.READ);
        Tree tree = tree(companyId);
        List<FolderDto> out = new ArrayList<>();
        for (long id : tree.folders.keySet()) {
            AccessLevel access = tree.access(id);
            if (access != null) {
                out.add(tree.dto(id, access));
            }
        }
        out.sort(Comparator.comparing(FolderDto::path, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** The readable folder whose path is {@code path} ({@code Contracts/2026}), if any. */
    public Optional<FolderDto> byPath(long companyId, String path) {
        String wanted = path.strip().replaceAll("^/+|/+$", "");
        return list(companyId).stream().filter(f -> f.path().equalsIgnoreCase(wanted)).findFirst();
    }

    // ---------------------------------------------------------------- grants

    public List<GrantDto> grants(long folderId) {
        get(folderId);
        return grantsOf(folderId);
    }

    /** Gives a user, role or department a level on a folder and its subfolders; needs MANAGE on it. */
    public List<GrantDto> grant(long folderId, GrantInput input) {
        CallContext.require(DocumentPermissions.WRITE);
        GrantInput in = required(input);
        FolderDto folder = get(folderId);
        demand(tree(folder.companyId()), folderId, AccessLevel.MANAGE);
        grantChecks(in).throwIfInvalid();
        String grantee = in.grantee().strip();
        return tx.required(() -> {
            lock(folderId);
            Instant now = clock.instant();
            int changed = sql.update("UPDATE oa_doc_folder_grant SET access_level = ?, granted_by = ?, granted_at = ?"
                    + " WHERE folder_id = ? AND grantee_type = ? AND grantee = ?", in.level(), CallContext.actorName(),
                    now, folderId, in.granteeType(), grantee);
            if (changed == 0) {
                sql.update("INSERT INTO oa_doc_folder_grant (folder_id, grantee_type, grantee, access_level, granted_by,"
                        + " granted_at) VALUES (?, ?, ?, ?, ?, ?)", folderId, in.granteeType(), grantee, in.level(),
                        CallContext.actorName(), now);
            }
            audit.record("oa", "grant", "folder", String.valueOf(folderId), JsonText.object("folder", folder.path(),
                    "granteeType", in.granteeType(), "grantee", grantee, "level", in.level()));
            return grantsOf(folderId);
        });
    }

    /** Takes a grant away; needs MANAGE on the folder. */
    public void revoke(long folderId, GranteeType type, String grantee) {
        CallContext.require(DocumentPermissions.WRITE);
        FolderDto folder = get(folderId);
        demand(tree(folder.companyId()), folderId, AccessLevel.MANAGE);
        tx.required(() -> {
            lock(folderId);
            if (sql.update("DELETE FROM oa_doc_folder_grant WHERE folder_id = ? AND grantee_type = ? AND grantee = ?",
                    folderId, type, grantee) == 0) {
                throw new NotFoundException(Text.of("Folder {0} has no grant to {1} {2}", "文件夹 {0} 没有授予 {1} {2} 的权限",
                        folder.path(), type, grantee));
            }
            audit.record("oa", "revoke", "folder", String.valueOf(folderId), JsonText.object("folder", folder.path(),
                    "granteeType", type, "grantee", grantee));
            return null;
        });
    }

    // ---------------------------------------------------------------- access, for the document service

    /** The caller's level on a folder, {@code null} for none (or no such folder). */
    public AccessLevel access(long companyId, long folderId) {
        return tree(companyId).access(folderId);
    }

    /** The folders of the company the caller may read, with their paths. */
    public Map<Long, String> readable(long companyId) {
        Tree tree = tree(companyId);
        Map<Long, String> out = new HashMap<>();
        for (long id : tree.folders.keySet()) {
            if (tree.access(id) != null) {
                out.put(id, tree.path(id));
            }
        }
        return out;
    }

    /** The path of a folder whatever the caller's access, for the module's own use. */
    public String path(long companyId, long folderId) {
        return tree(companyId).path(folderId);
    }

    /**
     * Throws unless the caller has {@code needed} on the folder: not found when the caller cannot even
     * read it, so folder names do not leak, else forbidden.
     */
    public void demand(long companyId, long folderId, AccessLevel needed) {
        demand(tree(companyId), folderId, needed);
    }

    static boolean admin() {
        return CallContext.current().orElse(Caller.SYSTEM).has(DocumentPermissions.ADMIN);
    }

    // ---------------------------------------------------------------- helpers

    private void demand(Tree tree, long folderId, AccessLevel needed) {
        AccessLevel access = tree.access(folderId);
        if (access == null) {
            throw notFound(folderId);
        }
        if (!access.covers(needed)) {
            throw new ForbiddenException(needed + " on folder " + tree.path(folderId));
        }
    }

    private void lock(long folderId) {
        sql.update("UPDATE oa_doc_folder SET version = version + 1 WHERE id = ?", folderId);
    }

    private void uniqueName(long companyId, Long parentId, String name, Long except) {
        List<Object> args = new ArrayList<>(List.of(companyId, name.toLowerCase(java.util.Locale.ROOT)));
        String parent = parentId == null ? " AND parent_id IS NULL" : " AND parent_id = ?";
        if (parentId != null) {
            args.add(parentId);
        }
        List<Long> same = sql.list("SELECT id FROM oa_doc_folder WHERE company_id = ? AND LOWER(name) = ?" + parent,
                rs -> rs.getLong(1), args.toArray());
        if (same.stream().anyMatch(id -> !id.equals(except))) {
            throw new ConflictException(parentId == null
                    ? Text.of("There is already a top-level folder named {0}", "已有名为 {0} 的顶级文件夹", name)
                    : Text.of("Folder {0} already has a subfolder named {1}", "文件夹 {0} 下已有名为 {1} 的子文件夹",
                            path(companyId, parentId), name));
        }
    }

    private List<GrantDto> grantsOf(long folderId) {
        return sql.list("SELECT folder_id, grantee_type, grantee, access_level, granted_by, granted_at"
                + " FROM oa_doc_folder_grant WHERE folder_id = ? ORDER BY grantee_type, grantee", rs -> new GrantDto(
                        rs.getLong(1), GranteeType.valueOf(rs.getString(2)), rs.getString(3),
                        AccessLevel.valueOf(rs.getString(4)), rs.getString(5), Sql.instant(rs, "granted_at")), folderId);
    }

    private static Validation nameChecks(String name) {
        Validation v = new Validation().required("name", name == null ? null : name.strip()).maxLength("name",
                name == null ? null : name.strip(), 120);
        v.check(name == null || !name.matches(".*[/\\\\\\p{Cntrl}].*"), "name",
                Text.of("must not contain / or \\", "不能包含 / 或 \\"));
        return v;
    }

    private Validation grantChecks(GrantInput in) {
        Validation v = new Validation();
        v.required("granteeType", in.granteeType()).required("grantee", in.grantee()).required("level", in.level());
        v.maxLength("grantee", in.grantee(), 100);
        if (in.granteeType() != null && in.grantee() != null && !in.grantee().isBlank()) {
            String grantee = in.grantee().strip();
            if (in.granteeType() == GranteeType.USER) {
                v.check(UserAccounts.all(users).stream().anyMatch(u -> u.username().equals(grantee)), "grantee",
                        Text.of("{0} is not a user", "{0} 不是系统用户", grantee));
            } else if (in.granteeType() == GranteeType.ROLE) {
                v.check(UserAccounts.roles(users).stream().anyMatch(r -> r.name().equals(grantee)), "grantee",
                        Text.of("there is no role {0}", "不存在角色 {0}", grantee));
            }
        }
        return v;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Text.of("There is no folder {0}", "不存在文件夹 {0}", id));
    }

    private Tree tree(long companyId) {
        Map<Long, FolderRow> folders = new HashMap<>();
        for (FolderRow row : sql.list("SELECT id, company_id, parent_id, name, created_by, created_at FROM oa_doc_folder"
                + " WHERE company_id = ?", FolderService::folderRow, companyId)) {
            folders.put(row.id, row);
        }
        Map<Long, List<GrantRow>> grants = new HashMap<>();
        for (GrantRow g : sql.list("SELECT g.folder_id, g.grantee_type, g.grantee, g.access_level"
                + " FROM oa_doc_folder_grant g JOIN oa_doc_folder f ON f.id = g.folder_id WHERE f.company_id = ?",
                rs -> new GrantRow(rs.getLong(1), GranteeType.valueOf(rs.getString(2)), rs.getString(3),
                        AccessLevel.valueOf(rs.getString(4))), companyId)) {
            grants.computeIfAbsent(g.folderId, k -> new ArrayList<>()).add(g);
        }
        Caller caller = CallContext.current().orElse(null);
        boolean admin = caller != null && caller.has(DocumentPermissions.ADMIN);
        Set<String> depts = caller == null || admin ? Set.of() : departments.departments(companyId, caller.username());
        return new Tree(folders, grants, caller, admin, depts);
    }

    private static FolderRow folderRow(ResultSet rs) throws SQLException {
        return new FolderRow(rs.getLong("id"), rs.getLong("company_id"), Sql.nullableLong(rs, "parent_id"),
                rs.getString("name"), rs.getString("created_by"), Sql.instant(rs, "created_at"));
    }

    private record FolderRow(long id, long companyId, Long parentId, String name, String createdBy, Instant createdAt) {
    }

    private record GrantRow(long folderId, GranteeType type, String grantee, AccessLevel level) {
    }

    /** One company's folders and grants as seen by one caller. */
    private static final class Tree {
        final Map<Long, FolderRow> folders;
        final Map<Long, List<GrantRow>> grants;
        final Caller caller;
        final boolean admin;
        final Set<String> departments;
        final Map<Long, Optional<AccessLevel>> known = new HashMap<>();

        Tree(Map<Long, FolderRow> folders, Map<Long, List<GrantRow>> grants, Caller caller, boolean admin,
             Set<String> departments) {
            this.folders = folders;
            this.grants = grants;
            this.caller = caller;
            this.admin = admin;
            this.departments = departments;
        }

        AccessLevel access(long id) {
            if (!folders.containsKey(id) || caller == null) {
                return null;
            }
            if (admin) {
                return AccessLevel.MANAGE;
            }
            Optional<AccessLevel> cached = known.get(id);
            if (cached != null) {
                return cached.orElse(null);
            }
            AccessLevel level = null;
            Set<Long> seen = new HashSet<>();
            for (Long at = id; at != null && folders.containsKey(at) && seen.add(at); at = folders.get(at).parentId) {
                for (GrantRow g : grants.getOrDefault(at, List.of())) {
                    if (matches(g)) {
                        level = AccessLevel.max(level, g.level);
                    }
                }
            }
            known.put(id, Optional.ofNullable(level));
            return level;
        }

        private boolean matches(GrantRow g) {
            return switch (g.type) {
                case USER -> g.grantee.equals(caller.username());
                case ROLE -> caller.roles().contains(g.grantee);
                case DEPARTMENT -> departments.contains(g.grantee);
            };
        }

        String path(long id) {
            List<String> names = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (Long at = id; at != null && folders.containsKey(at) && seen.add(at); at = folders.get(at).parentId) {
                names.add(0, folders.get(at).name);
            }
            return String.join("/", names);
        }

        FolderDto dto(long id, AccessLevel access) {
            FolderRow f = folders.get(id);
            return new FolderDto(f.id, f.companyId, f.parentId, f.name, path(id), access, f.createdBy, f.createdAt);
        }
    }
}
