package io.tangram.hr.impl.employee;

import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Serialises, inside the caller's transaction, every change to one employee's leave balance and
 * attendance ({@code hr_employee_lock}). Only writers touch the lock row, so readers, which join
 * employees and requests, never wait for it and never deadlock with a writer.
 */
public final class EmployeeLock {
    private final Sql sql;
    private final Transactions tx;

    public EmployeeLock(Sql sql, Transactions tx) {
        this.sql = sql;
        this.tx = tx;
    }

    /** Holds the employee's lock until the caller's transaction ends; creates the lock row the first time. */
    public void lock(long employeeId) {
        if (sql.update("UPDATE hr_employee_lock SET version = version + 1 WHERE employee_id = ?", employeeId) == 0) {
            tx.requiresNew(() -> {
                try {
                    return sql.update("INSERT INTO hr_employee_lock (employee_id, version) VALUES (?, 0)", employeeId);
                } catch (Sql.DuplicateKeyException e) {
                    return 0;
                }
            });
            sql.update("UPDATE hr_employee_lock SET version = version + 1 WHERE employee_id = ?", employeeId);
        }
    }
}
