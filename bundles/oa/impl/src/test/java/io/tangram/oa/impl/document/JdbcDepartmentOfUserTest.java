package io.tangram.oa.impl.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.tangram.platform.impl.testing.DerbyTestDatabase;

class JdbcDepartmentOfUserTest {

    @Test
    void aUserBelongsToTheDepartmentOfTheMapping() throws Exception {
        try (DerbyTestDatabase db = DerbyTestDatabase.withModuleSchema("oa-dept", "oa",
                Path.of("src/main/resources/db/migration"))) {
            JdbcDepartmentOfUser departments = new JdbcDepartmentOfUser(db.dataSource());
            assertEquals(Set.of(), departments.departments(1L, "li.na"));

            for (String code : new String[] {"D-HR", "D-SALES"}) {
                db.update("INSERT INTO oa_department (company_id, code, name, name_zh, updated_by, updated_at)"
                        + " VALUES (1, ?, ?, ?, 'admin', CURRENT_TIMESTAMP)", code, code, code);
            }
            db.update("INSERT INTO oa_department (company_id, code, name, name_zh, updated_by, updated_at)"
                    + " VALUES (2, 'D-OTHER', 'x', 'x', 'admin', CURRENT_TIMESTAMP)");
            db.update("INSERT INTO oa_user_department VALUES (1, 'li.na', 'D-HR', 'admin', CURRENT_TIMESTAMP),"
                    + " (2, 'li.na', 'D-OTHER', 'admin', CURRENT_TIMESTAMP), (1, 'wang.wei', 'D-SALES', 'admin', CURRENT_TIMESTAMP)");
            assertEquals(Set.of("D-HR"), departments.departments(1L, "li.na"));
            assertEquals(Set.of(), departments.departments(1L, "zhao.lei"));
            Boolean inTransaction = db.transactions().required(() -> {
                assertEquals(Set.of("D-SALES"), departments.departments(1L, "wang.wei"));
                return db.inTransaction();
            });
            assertEquals(true, inTransaction);
        }
    }
}
