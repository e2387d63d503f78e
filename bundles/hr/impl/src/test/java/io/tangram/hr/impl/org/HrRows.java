package io.tangram.hr.impl.org;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import io.tangram.platform.api.security.Caller;
import io.tangram.platform.impl.testing.DerbyTestDatabase;

/**
 * The V1 and V2 HR tables on an in-memory Derby, and plain inserts of the rows tests need
 * (departments, positions, cost centres, employees), since the employee service is not under test.
 */
public final class HrRows implements AutoCloseable {
    public static final Caller ADMIN = new Caller("admin", Set.of("admin"), Set.of("*"));

    public final DerbyTestDatabase db;

    public HrRows(String name) throws Exception {
        db = DerbyTestDatabase.withModuleSchema(name, "hr", Path.of("src/main/resources/db/migration"));
    }

    /** A caller with exactly these permissions. */
    public static Caller caller(String username, String... permissions) {
        return new Caller(username, Set.of(), Set.of(permissions));
    }

    public long costCentre(String code) {
        db.update("INSERT INTO hr_cost_centre (company_id, code, name, active, created_at, updated_at)"
                + " VALUES (1, ?, ?, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", code, code + " centre");
        return db.number("SELECT id FROM hr_cost_centre WHERE code = ?", code);
    }

    public long department(String code, String parentCode) {
        db.update("INSERT INTO hr_department (company_id, code, name, name_zh, active, version, created_at,"
                + " updated_at) VALUES (1, ?, ?, ?, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", code, code + " dept",
                code + "部");
        if (parentCode != null) {
            db.update("UPDATE hr_department SET parent_id = ? WHERE code = ?",
                    db.number("SELECT id FROM hr_department WHERE code = ?", parentCode), code);
        }
        return db.number("SELECT id FROM hr_department WHERE code = ?", code);
    }

    public long position(String code) {
        db.update("INSERT INTO hr_position (company_id, code, name, active, created_at, updated_at)"
                + " VALUES (1, ?, ?, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", code, code + " position");
        return db.number("SELECT id FROM hr_position WHERE code = ?", code);
    }

    public void manager(String departmentCode, long employeeId) {
        db.update("UPDATE hr_department SET manager_employee_id = ? WHERE code = ?", employeeId, departmentCode);
    }

    /** A REGULAR employee hired on {@code hired}, with a base salary and bank account. */
    public long employee(String number, String username, String departmentCode, LocalDate hired) {
        return employee(number, username, departmentCode, hired, "REGULAR");
    }

    public long employee(String number, String username, String departmentCode, LocalDate hired, String status) {
        long department = db.number("SELECT id FROM hr_department WHERE code = ?", departmentCode);
        db.update("INSERT INTO hr_employee (company_id, number, username, name, department_id, hire_date, contract_type,"
                + " status, base_salary, currency, bank_name, bank_account, id_number, address, version, created_by,"
                + " created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, 'OPEN_ENDED', ?, 12000.0000, 'CNY', 'ICBC',"
                + " '6222020200112233', '11010519491231002X', 'Shanghai', 0, 'test', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                number, username == null ? "-" : username, "Name " + number, department, java.sql.Date.valueOf(hired),
                status);
        if (username == null) {
            db.update("UPDATE hr_employee SET username = NULL WHERE number = ?", number);
        }
        return db.number("SELECT id FROM hr_employee WHERE number = ?", number);
    }

    @Override
    public void close() {
        db.close();
    }
}
