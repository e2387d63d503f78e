package io.tangram.platform.impl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** How the extender picks a bundle's migrations for the database at hand. */
class SchemaExtenderTest {

    @TempDir
    Path root;

    /** A bundle whose entries are the files under {@link #root}; only {@code findEntries} is answered. */
    private Bundle bundle() {
        return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> "com.example.sales";
                    case "findEntries" -> findEntries((String) args[0], (String) args[1], (Boolean) args[2]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Object findEntries(String folder, String filePattern, boolean recurse) throws IOException {
        Path dir = root.resolve(folder);
        if (recurse || !Files.isDirectory(dir)) {
            return null;
        }
        String regex = filePattern.replace(".", "\\.").replace("*", ".*");
        try (Stream<Path> files = Files.list(dir)) {
            List<URL> urls = files.filter(f -> f.getFileName().toString().matches(regex)).map(f -> {
                try {
                    return f.toUri().toURL();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            return urls.isEmpty() ? null : Collections.enumeration(urls);
        }
    }

    private void file(String name, String content) throws IOException {
        Path dir = Files.createDirectories(root.resolve("db/migration"));
        Files.writeString(dir.resolve(name), content);
    }

    @Test
    void aDatabaseSpecificFileReplacesTheGenericOne() throws Exception {
        file("V1__create_orders.sql", "CREATE TABLE so_order (id BIGINT NOT NULL PRIMARY KEY);");
        file("V1__create_orders.postgresql.sql", "CREATE TABLE so_order (id BIGSERIAL PRIMARY KEY);");
        file("V2__add_note.sql", "ALTER TABLE so_order ADD COLUMN note VARCHAR(100);");

        List<Migration> postgres = SchemaExtender.migrationsOf(bundle(), "db/migration", "postgresql");
        List<Migration> derby = SchemaExtender.migrationsOf(bundle(), "db/migration", "derby");

        assertEquals(List.of(
                new Migration(1, "create orders", "CREATE TABLE so_order (id BIGSERIAL PRIMARY KEY);"),
                new Migration(2, "add note", "ALTER TABLE so_order ADD COLUMN note VARCHAR(100);")), postgres);
        assertEquals(List.of(
                new Migration(1, "create orders", "CREATE TABLE so_order (id BIGINT NOT NULL PRIMARY KEY);"),
                new Migration(2, "add note", "ALTER TABLE so_order ADD COLUMN note VARCHAR(100);")), derby);
    }

    @Test
    void versionsAreSortedByNumberNotByName() throws Exception {
        file("V10__ten.sql", "SELECT 10;");
        file("V2__two.sql", "SELECT 2;");
        file("V1__one.sql", "SELECT 1;");
        file("readme.txt", "not a migration");

        List<Migration> migrations = SchemaExtender.migrationsOf(bundle(), "db/migration", "derby");

        assertEquals(List.of(1, 2, 10), migrations.stream().map(Migration::version).toList());
    }

    @Test
    void aFolderWithoutMigrationsGivesNone() throws Exception {
        assertEquals(List.of(), SchemaExtender.migrationsOf(bundle(), "db/migration", "derby"));
    }

    @Test
    void aMisnamedFileIsRefused() throws Exception {
        file("V1__one.sql", "SELECT 1;");
        file("V2__add-column.sql", "SELECT 2;");

        MigrationException e = assertThrows(MigrationException.class,
                () -> SchemaExtender.migrationsOf(bundle(), "db/migration", "derby"));
        assertTrue(e.getMessage().contains("V2__add-column.sql"), e.getMessage());
    }

    @Test
    void twoFilesWithOneVersionAreRefused() throws Exception {
        file("V1__one.sql", "SELECT 1;");
        file("V01__also_one.sql", "SELECT 1;");

        MigrationException e = assertThrows(MigrationException.class,
                () -> SchemaExtender.migrationsOf(bundle(), "db/migration", "derby"));
        assertTrue(e.getMessage().contains("version 1") && e.getMessage().contains("com.example.sales"), e.getMessage());
    }
}
