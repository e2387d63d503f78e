package io.tangram.hr.impl.leave;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.tangram.hr.impl.employee.EmployeeLock;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Leave types and the balance ledger {@code hr_leave_entry}, shared by the leave services. A balance
 * is the sum of an employee's entries of one type and leave year; an entry with a key is written
 * at most once.
 */
final class LeaveLedger {
    static final String TYPE_SELECT = "SELECT id, company_id, code, name, name_zh, paid, entitlement_rule,"
            + " entitlement_days, accrual, max_carry_over_days, half_days_allowed, requires_attachment, calendar_days,"
            + " active FROM hr_leave_type";

    /** The kinds of ledger entries. */
    enum Kind {
        GRANT, ACCRUAL, TAKEN, RESTORED, ADJUSTMENT, CARRY_OVER, EXPIRY
    }

    private final Sql sql;
    private final EmployeeLock employeeLock;

    LeaveLedger(Sql sql, Transactions tx) {
        this.sql = sql;
        this.employeeLock = new EmployeeLock(sql, tx);
    }

    List<LeaveType> types(long companyId) {
        return sql.list(TYPE_SELECT + " WHERE company_id = ? ORDER BY id", LeaveLedger::type, companyId);
    }

    Optional<LeaveType> type(long companyId, String code) {
        return code == null ? Optional.empty() : first(sql.list(TYPE_SELECT + " WHERE company_id = ? AND code = ?",
                LeaveLedger::type, companyId, code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    Optional<LeaveType> type(long id) {
        return first(sql.list(TYPE_SELECT + " WHERE id = ?", LeaveLedger::type, id));
    }

    /** The sum of the employee's entries of the type in {@code year}, up to {@code on} when given. */
    BigDecimal balance(long employeeId, long typeId, int year, LocalDate on) {
        String upTo = on == null ? "" : " AND effective_date <= ?";
        Object[] args = on == null ? new Object[] {employeeId, typeId, year} : new Object[] {employeeId, typeId, year, on};
        return sum("SELECT SUM(days) FROM hr_leave_entry WHERE employee_id = ? AND leave_type_id = ? AND leave_year = ?"
                + upTo, args);
    }

    /** The sum of the entries of some kinds in {@code year} up to {@code on}. */
    BigDecimal sumOf(long employeeId, long typeId, int year, LocalDate on, Kind... kinds) {
        StringBuilder in = new StringBuilder();
        Object[] args = new Object[4 + kinds.length];
        args[0] = employeeId;
        args[1] = typeId;
        args[2] = year;
        args[3] = on;
        for (int i = 0; i < kinds.length; i++) {
            in.append(i == 0 ? "?" : ", ?");
            args[4 + i] = kinds[i].name();
        }
        return sum("SELECT SUM(days) FROM hr_leave_entry WHERE employee_id = ? AND leave_type_id = ? AND leave_year = ?"
                + " AND effective_date <= ? AND kind IN (" + in + ")", args);
    }

    boolean has(long employeeId, long typeId, String key) {
        return !sql.list("SELECT id FROM hr_leave_entry WHERE employee_id = ? AND leave_type_id = ? AND entry_key = ?",
                rs -> rs.getLong(1), employeeId, typeId, key).isEmpty();
    }

    /** Whether the employee has any entry of the type in {@code year}. */
    boolean hasEntries(long employeeId, long typeId, int year) {
        return !sql.list("SELECT id FROM hr_leave_entry WHERE employee_id = ? AND leave_type_id = ? AND leave_year = ?"
                + " FETCH FIRST 1 ROWS ONLY", rs -> rs.getLong(1), employeeId, typeId, year).isEmpty();
    }

    /** Writes one entry and returns its id. */
    long add(long companyId, long employeeId, long typeId, int year, Kind kind, BigDecimal days, LocalDate effective,
             String key, String reference, String reason, Instant now) {
        return sql.insert("INSERT INTO hr_leave_entry (company_id, employee_id, leave_type_id, leave_year, kind, days,"
                + " effective_date, entry_key, reference, reason, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, employeeId, typeId, year, kind.name(),
                days.setScale(2, java.math.RoundingMode.HALF_UP), effective, key == null ? Sql.Null.VARCHAR : key,
                reference == null ? Sql.Null.VARCHAR : reference, reason == null ? Sql.Null.VARCHAR : reason,
                CallContext.actorName(), now);
    }

    /** Serialises writers of one employee's leave until the transaction ends. */
    void lockEmployee(long employeeId) {
        employeeLock.lock(employeeId);
    }

    private BigDecimal sum(String query, Object... args) {
        List<BigDecimal> rows = sql.list(query, rs -> rs.getBigDecimal(1), args);
        BigDecimal sum = rows.isEmpty() || rows.get(0) == null ? BigDecimal.ZERO : rows.get(0);
        return sum.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static LeaveType type(ResultSet rs) throws SQLException {
        return new LeaveType(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("name_zh"), rs.getBoolean("paid"), LeaveType.Rule.valueOf(rs.getString("entitlement_rule")),
                rs.getBigDecimal("entitlement_days"), LeaveType.Accrual.valueOf(rs.getString("accrual")),
                rs.getBigDecimal("max_carry_over_days"), rs.getBoolean("half_days_allowed"),
                rs.getBoolean("requires_attachment"), rs.getBoolean("calendar_days"), rs.getBoolean("active"));
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
