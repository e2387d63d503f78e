package io.tangram.platform.impl.security;

import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;

/** JDBC access to the security tables; every method works on the caller's connection. */
final class SecurityStore {

    /** A row of {@code plat_user}. */
    record UserRow(String username, String displayName, String passwordHash, boolean enabled, int failedAttempts,
                   Instant lockedUntil, Instant createdAt) {
    }

    private static final String USER_COLUMNS =
            "username, display_name, password_hash, enabled, failed_attempts, locked_until, created_at";

    private SecurityStore() {
    }

    /** A fresh UTC calendar: timestamps are stored as UTC wall-clock times on every database. */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    static boolean isDuplicateKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    // users

    static Optional<UserRow> findUser(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + USER_COLUMNS + " FROM plat_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        }
    }

    static List<UserRow> users(Connection c) throws SQLException {
        List<UserRow> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + USER_COLUMNS + " FROM plat_user ORDER BY username");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(user(rs));
            }
        }
        return result;
    }

    private static UserRow user(ResultSet rs) throws SQLException {
        return new UserRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5),
                instant(rs.getTimestamp(6, utc())), instant(rs.getTimestamp(7, utc())));
    }

    static void insertUser(Connection c, String username, String displayName, String passwordHash, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plat_user (" + USER_COLUMNS
                + ") VALUES (?, ?, ?, ?, 0, NULL, ?)")) {
            ps.setString(1, username);
            ps.setString(2, displayName);
            ps.setString(3, passwordHash);
            ps.setBoolean(4, true);
            ps.setTimestamp(5, Timestamp.from(now), utc());
            ps.executeUpdate();
        }
    }

    static void updatePasswordHash(Connection c, String username, String passwordHash) throws SQLException {
        update(c, "UPDATE plat_user SET password_hash = ? WHERE username = ?", passwordHash, username);
    }

    static void updateEnabled(Connection c, String username, boolean enabled) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plat_user SET enabled = ? WHERE username = ?")) {
            ps.setBoolean(1, enabled);
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }

    /** Adds one failed attempt (locking the row until commit) and returns the new count. */
    static int addFailedAttempt(Connection c, String username) throws SQLException {
        update(c, "UPDATE plat_user SET failed_attempts = failed_attempts + 1 WHERE username = ?", username);
        try (PreparedStatement ps = c.prepareStatement("SELECT failed_attempts FROM plat_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static void lockUntil(Connection c, String username, Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plat_user SET locked_until = ? WHERE username = ?")) {
            ps.setTimestamp(1, Timestamp.from(until), utc());
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }

    static void clearFailures(Connection c, String username) throws SQLException {
        update(c, "UPDATE plat_user SET failed_attempts = 0, locked_until = NULL WHERE username = ?", username);
    }

    // user roles

    static SortedSet<String> rolesOf(Connection c, String username) throws SQLException {
        SortedSet<String> roles = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM plat_user_role WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
        }
        return roles;
    }

    static Map<String, SortedSet<String>> rolesOfAllUsers(Connection c) throws SQLException {
        Map<String, SortedSet<String>> result = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT username, role FROM plat_user_role");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        return result;
    }

    static void replaceUserRoles(Connection c, String username, Collection<String> roles) throws SQLException {
        update(c, "DELETE FROM plat_user_role WHERE username = ?", username);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plat_user_role (username, role) VALUES (?, ?)")) {
            for (String role : roles) {
                ps.setString(1, username);
                ps.setString(2, role);
                ps.executeUpdate();
            }
        }
    }

    /** How many enabled users other than {@code except} hold {@code role}. */
    static int countEnabledWithRole(Connection c, String role, String except) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plat_user u JOIN plat_user_role r"
                + " ON r.username = u.username WHERE r.role = ? AND u.enabled = ? AND u.username <> ?")) {
            ps.setString(1, role);
            ps.setBoolean(2, true);
            ps.setString(3, except == null ? "" : except);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static boolean anyUserWithRole(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plat_user_role WHERE role = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    // roles

    static List<Role> roles(Connection c) throws SQLException {
        Map<String, String> descriptions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, description FROM plat_role ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                descriptions.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, SortedSet<String>> permissions = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT role, permission FROM plat_role_permission");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                permissions.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        List<Role> result = new ArrayList<>();
        descriptions.forEach((name, description) -> result.add(new Role(name, description,
                Collections.unmodifiableSortedSet(permissions.getOrDefault(name, new TreeSet<>())))));
        return result;
    }

    static Optional<Role> findRole(Connection c, String name) throws SQLException {
        for (Role role : roles(c)) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    static Set<String> existingRoles(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM plat_role");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static void insertRole(Connection c, String name, String description) throws SQLException {
        update(c, "INSERT INTO plat_role (name, description) VALUES (?, ?)", name, description);
    }

    static void updateRoleDescription(Connection c, String name, String description) throws SQLException {
        update(c, "UPDATE plat_role SET description = ? WHERE name = ?", description, name);
    }

    static void replaceRolePermissions(Connection c, String role, Collection<String> permissions) throws SQLException {
        update(c, "DELETE FROM plat_role_permission WHERE role = ?", role);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plat_role_permission (role, permission) VALUES (?, ?)")) {
            for (String permission : permissions) {
                ps.setString(1, role);
                ps.setString(2, permission);
                ps.executeUpdate();
            }
        }
    }

    /** The union of the permissions of {@code roles}. */
    static SortedSet<String> permissionsOfRoles(Connection c, Collection<String> roles) throws SQLException {
        SortedSet<String> result = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT permission FROM plat_role_permission WHERE role = ?")) {
            for (String role : roles) {
                ps.setString(1, role);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(rs.getString(1));
                    }
                }
            }
        }
        return result;
    }

    // declared permissions

    static List<Permission> permissions(Connection c) throws SQLException {
        List<Permission> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, description_en, description_zh FROM plat_permission ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Permission(rs.getString(1), Text.of(rs.getString(2), rs.getString(3))));
            }
        }
        return result;
    }

    static Set<String> permissionNames(Connection c) throws SQLException {
        Set<String> result = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM plat_permission");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    /** Inserts or refreshes a declared permission; returns false if it was already stored unchanged. */
    static boolean upsertPermission(Connection c, Permission p, Instant now) throws SQLException {
        String en = p.description().en();
        String zh = p.description().zh();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT module, description_en, description_zh FROM plat_permission WHERE name = ?")) {
            ps.setString(1, p.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (p.module().equals(rs.getString(1)) && en.equals(rs.getString(2)) && zh.equals(rs.getString(3))) {
                        return false;
                    }
                    update(c, "UPDATE plat_permission SET module = ?, description_en = ?, description_zh = ? WHERE name = ?",
                            p.module(), en, zh, p.name());
                    return true;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plat_permission"
                + " (name, module, description_en, description_zh, declared_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, p.name());
            ps.setString(2, p.module());
            ps.setString(3, en);
            ps.setString(4, zh);
            ps.setTimestamp(5, Timestamp.from(now), utc());
            ps.executeUpdate();
        }
        return true;
    }

    // settings

    static Optional<String> setting(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM plat_setting WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void insertSetting(Connection c, String name, String value) throws SQLException {
        update(c, "INSERT INTO plat_setting (name, setting_value) VALUES (?, ?)", name, value);
    }

    private static void update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
