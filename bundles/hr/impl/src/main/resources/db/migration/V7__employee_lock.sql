-- One lock row per employee, touched only by writers that change the employee's leave balance or
-- attendance: its version is bumped first, so two such changes of one employee run one after the
-- other without locking rows that readers join (hr_employee, hr_leave_request), and a reader never
-- deadlocks with them. No foreign key: the row is created in a transaction of its own.
CREATE TABLE hr_employee_lock (
    employee_id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);
