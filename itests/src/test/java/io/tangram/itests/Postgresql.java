package io.tangram.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.options.DefaultCompositeOption;

/**
 * The PostgreSQL the {@code *OnPostgresqlIT} classes run the container tests against, changing
 * nothing but {@code etc/org.ops4j.datasource-tangram.cfg}: {@code itest.postgresql.url} (default
 * {@code jdbc:postgresql://localhost:5432/tangram_it}, user and password {@code tangram}).
 * {@code .ci/run} installs and starts it; where none answers, {@link PostgresqlRunner} skips them.
 */
final class Postgresql {

    static final String URL = System.getProperty("itest.postgresql.url", "jdbc:postgresql://localhost:5432/tangram_it");
    static final String USER = System.getProperty("itest.postgresql.user", "tangram");
    static final String PASSWORD = System.getProperty("itest.postgresql.password", "tangram");

    private Postgresql() {
    }

    /** Whether the test database answers (checked from the test driver, outside the container). */
    static boolean available() {
        try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=3", USER, PASSWORD)) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Empties the test database. Called when a test class starts running, not when its runner is
     * built: JUnit builds every class's runner before running the first, so a reset there would
     * leave each class the data of the one run before it.
     */
    static void reset() {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the PostgreSQL test database " + URL, e);
        }
    }

    /** Points the container at the test database; nothing when there is no PostgreSQL. */
    static Option datasource() {
        if (!available()) {
            return new DefaultCompositeOption();
        }
        try {
            File cfg = File.createTempFile("org.ops4j.datasource-tangram", ".cfg");
            cfg.deleteOnExit();
            Files.writeString(cfg.toPath(), String.join("\n",
                    "osgi.jdbc.driver.name = PostgreSQL JDBC Driver",
                    "url = " + URL,
                    "user = " + USER,
                    "password = " + PASSWORD,
                    "dataSourceName = tangram",
                    "pool = dbcp2",
                    "xa = true",
                    "pool.maxTotal = 16",
                    ""), StandardCharsets.UTF_8);
            return replaceConfigurationFile("etc/org.ops4j.datasource-tangram.cfg", cfg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
