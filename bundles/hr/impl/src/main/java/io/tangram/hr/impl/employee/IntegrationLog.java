package io.tangram.hr.impl.employee;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;

/** Writes and reads {@code hr_integration}: every cross-module step per employee, DONE or SKIPPED. */
final class IntegrationLog {
    static final String DONE = "DONE";
    static final String SKIPPED = "SKIPPED";

    private final Sql sql;
    private final Clock clock;

    IntegrationLog(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    void done(long companyId, long employeeId, String step, Text message, String reference) {
        record(companyId, employeeId, step, DONE, message, reference);
    }

    void skipped(long companyId, long employeeId, String step, Text message, String reference) {
        record(companyId, employeeId, step, SKIPPED, message, reference);
    }

    private void record(long companyId, long employeeId, String step, String outcome, Text message, String reference) {
        sql.insert("INSERT INTO hr_integration (company_id, employee_id, step, outcome, message, message_zh, reference,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, employeeId, step, outcome,
                cut(message.in(Locale.ENGLISH)), cut(message.in(Locale.SIMPLIFIED_CHINESE)),
                reference == null ? Sql.Null.VARCHAR : cut(reference), CallContext.actorName(), clock.instant());
    }

    List<IntegrationDto> of(long employeeId) {
        return sql.list("SELECT id, step, outcome, message, message_zh, reference, created_by, created_at"
                + " FROM hr_integration WHERE employee_id = ? ORDER BY id", rs -> new IntegrationDto(rs.getLong("id"),
                        rs.getString("step"), rs.getString("outcome"), rs.getString("message"),
                        rs.getString("message_zh"), rs.getString("reference"), rs.getString("created_by"),
                        Sql.instant(rs, "created_at")), employeeId);
    }

    List<IntegrationDto> since(long employeeId, long afterId) {
        return of(employeeId).stream().filter(i -> i.id() > afterId).toList();
    }

    long lastId(long employeeId) {
        List<Long> ids = sql.list("SELECT MAX(id) AS last_id FROM hr_integration WHERE employee_id = ?",
                rs -> Sql.nullableLong(rs, "last_id"), employeeId);
        return ids.isEmpty() || ids.get(0) == null ? 0 : ids.get(0);
    }

    private static String cut(String s) {
        return s.length() <= 400 ? s : s.substring(0, 399) + "…";
    }
}
