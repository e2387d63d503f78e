package io.tangram.platform.impl.numbering;

import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.numbering.DocumentNumbers;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.platform.impl.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Document numbers from {@code plat_doc_sequence}: the row update takes a lock until commit, so two
 * concurrent callers never get the same number.
 */
@Component(service = DocumentNumbers.class)
public class JdbcDocumentNumbers implements DocumentNumbers {

    private static final Pattern TYPE = Pattern.compile("[A-Z]{1,8}");

    private final DataSource dataSource;
    private final Transactions tx;

    @Activate
    public JdbcDocumentNumbers(@Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
            @Reference Transactions tx,
            @Reference(target = "(tangram.module=platform)") SchemaReady schema) {
        this.dataSource = dataSource;
        this.tx = tx;
    }

    @Override
    public String next(long companyId, String documentType, int year) {
        new Validation()
                .matches("documentType", documentType, TYPE, Text.of("must be 1 to 8 capital letters", "必须是 1 到 8 个大写字母"))
                .required("documentType", documentType)
                .check(year >= 1900 && year <= 9999, "year", Text.of("must be a four-digit year", "必须是四位年份"))
                .throwIfInvalid();
        for (int attempt = 0; attempt < 3; attempt++) {
            long value = tx.requiresNew(() -> {
                try (Connection c = dataSource.getConnection()) {
                    return increment(c, companyId, documentType, year);
                }
            });
            if (value > 0) {
                return format(documentType, year, value);
            }
            createSequence(companyId, documentType, year);
        }
        throw new IllegalStateException("Could not allocate a " + documentType + " number for " + year);
    }

    /** Starts the sequence in a transaction of its own; losing the race to another caller is fine. */
    private void createSequence(long companyId, String type, int year) {
        try {
            tx.requiresNew(() -> {
                try (Connection c = dataSource.getConnection();
                        PreparedStatement ins = c.prepareStatement("INSERT INTO plat_doc_sequence "
                                + "(company_id, doc_type, doc_year, last_value) VALUES (?, ?, ?, 0)")) {
                    ins.setLong(1, companyId);
                    ins.setString(2, type);
                    ins.setInt(3, year);
                    ins.executeUpdate();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && Jdbc.DUPLICATE_KEY.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;

    }

    static String format(String documentType, int year, long value) {
        return String.format("%s-%04d-%06d", documentType, year, value);
    }

    /** The next value, or 0 when the sequence does not exist yet. */
    private static long increment(Connection c, long companyId, String type, int year) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE plat_doc_sequence SET last_value = last_value + 1 "
                + "WHERE company_id = ? AND doc_type = ? AND doc_year = ?")) {
            up.setLong(1, companyId);
            up.setString(2, type);
            up.setInt(3, year);
            if (up.executeUpdate() == 0) {
                return 0;
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT last_value FROM plat_doc_sequence "
                + "WHERE company_id = ? AND doc_type = ? AND doc_year = ?")) {
            q.setLong(1, companyId);
            q.setString(2, type);
            q.setInt(3, year);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
