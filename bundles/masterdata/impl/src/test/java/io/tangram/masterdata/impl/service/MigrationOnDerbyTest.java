package io.tangram.masterdata.impl.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs V1 on embedded Derby 10.14 the way the platform splits it: statements end with ';' at a line end. */
class MigrationOnDerbyTest {

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    private static List<String> statements() throws IOException {
        try (InputStream in = MigrationOnDerbyTest.class.getResourceAsStream("/db/migration/V1__create_tables.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : sql.split("\n")) {
                if (line.strip().startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (line.stripTrailing().endsWith(";")) {
                    String statement = current.toString().strip();
                    statements.add(statement.substring(0, statement.length() - 1));
                    current.setLength(0);
                }
            }
            return statements;
        }
    }

    @Test
    void createsTablesSeedsDataAndLaterIdentityInsertsWork() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:derby:memory:md" + System.nanoTime() + ";create=true");
             Statement s = c.createStatement()) {
            for (String statement : statements()) {
                s.execute(statement);
            }
            assertEquals(1L, single(s, "SELECT id FROM md_company WHERE code = 'DEFAULT'"));
            assertEquals(5L, single(s, "SELECT COUNT(*) FROM md_currency"));
            assertEquals(6L, single(s, "SELECT COUNT(*) FROM md_unit"));
            assertEquals(5L, single(s, "SELECT COUNT(*) FROM md_tax_rate"));
            s.execute("INSERT INTO md_company (code, name, currency, active, created_at, updated_at)"
                    + " VALUES ('SH', 'Shanghai Branch', 'CNY', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            assertEquals(2L, single(s, "SELECT id FROM md_company WHERE code = 'SH'"));
            s.execute("INSERT INTO md_party (company_id, code, name, is_customer, is_supplier, payment_terms_days, currency,"
                    + " active, created_at, updated_at) VALUES (1, 'C1', '客户', TRUE, FALSE, 30, 'CNY', TRUE,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            SQLException duplicate = assertThrows(SQLException.class, () -> s.execute(
                    "INSERT INTO md_party (company_id, code, name, is_customer, is_supplier, payment_terms_days, currency,"
                            + " active, created_at, updated_at) VALUES (1, 'C1', 'Other', TRUE, FALSE, 30, 'CNY', TRUE,"
                            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
            assertEquals("23505", duplicate.getSQLState());
            assertThrows(SQLException.class, () -> s.execute(
                    "INSERT INTO md_product (company_id, code, name, unit_code, tax_rate_code, product_type, active,"
                            + " created_at, updated_at) VALUES (1, 'X', 'X', 'LITRE', 'VAT13', 'STOCKED', TRUE,"
                            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), "unknown unit refused by foreign key");
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
