package io.tangram.platform.impl.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Migration scripts: file names, statements and checksums. */
class MigrationTest {

    @Test
    void statementsEndAtASemicolonAtTheEndOfALine() {
        String script = """
                -- Orders of the sales module.
                CREATE TABLE so_order (
                  id BIGINT NOT NULL PRIMARY KEY,
                  -- the customer's reference, shown on the invoice
                  note VARCHAR(200)
                );

                   -- indented comment
                INSERT INTO so_order (id, note) VALUES (1, 'first; not the end');
                INSERT INTO so_order (id, note)
                  VALUES (2, 'second');
                UPDATE so_order SET note = 'last' WHERE id = 2""";

        List<String> statements = new Migration(1, "orders", script).statements();

        assertEquals(List.of(
                "CREATE TABLE so_order (\nid BIGINT NOT NULL PRIMARY KEY,\nnote VARCHAR(200)\n)",
                "INSERT INTO so_order (id, note) VALUES (1, 'first; not the end')",
                "INSERT INTO so_order (id, note)\nVALUES (2, 'second')",
                "UPDATE so_order SET note = 'last' WHERE id = 2"), statements);
    }

    @Test
    void windowsLineEndingsAndTrailingBlanksSplitTheSame() {
        String script = "CREATE TABLE a (x INTEGER);  \r\n\r\n-- note\r\nCREATE TABLE b (\r\n  y INTEGER\r\n);\r\n";

        assertEquals(List.of("CREATE TABLE a (x INTEGER)", "CREATE TABLE b (\ny INTEGER\n)"),
                new Migration(1, "ab", script).statements());
    }

    @Test
    void aScriptOfOnlyCommentsHasNoStatements() {
        assertEquals(List.of(), new Migration(1, "nothing", "-- nothing yet\n\n   \n-- really\n").statements());
    }

    @Test
    void fileNamesGiveVersionDescriptionAndDatabase() {
        assertEquals(new Migration.FileName(1, "create tables", null), Migration.parseFileName("V1__create_tables.sql"));
        assertEquals(new Migration.FileName(12, "add x", null), Migration.parseFileName("V12__add_x.sql"));
        assertEquals(new Migration.FileName(7, "add index", "postgresql"),
                Migration.parseFileName("V7__add_index.postgresql.sql"));
        assertEquals(new Migration.FileName(3, "events", "derby"), Migration.parseFileName("V3__events.derby.sql"));
        assertEquals(1, Migration.parseFileName("V001__first.sql").version());
    }

    @Test
    void otherFileNamesAreNotMigrations() {
        for (String name : List.of("v1__lower_case.sql", "V1_single_underscore.sql", "V__no_version.sql",
                "V1__.sql", "V1__has-dash.sql", "V1__x.txt", "V1__x.SQL", "V1__x.PostgreSQL.sql",
                "V1__x.postgresql.sql.bak", "R__repeatable.sql", "README.md")) {
            assertNull(Migration.parseFileName(name), name);
        }
    }

    @Test
    void checksumFollowsTheScript() {
        Migration original = new Migration(1, "a", "CREATE TABLE a (x INTEGER);\n");
        assertEquals(original.checksum(), new Migration(1, "renamed", "CREATE TABLE a (x INTEGER);\n").checksum());
        assertNotEquals(original.checksum(), new Migration(1, "a", "CREATE TABLE a (x BIGINT);\n").checksum());
        assertNotEquals(original.checksum(), new Migration(1, "a", "-- why\nCREATE TABLE a (x INTEGER);\n").checksum());
    }
}
