package io.tangram.oa.impl.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.tangram.platform.impl.testing.DerbyTestDatabase;

class JdbcDepartmentOfUserTest {

    @Test
    void aMissingTableMeansNoDepartmentUntilItExists() throws Exception {
        try (DerbyTestDatabase db = DerbyTestDatabase.withModuleSchema("oa-dept", "oa",
                Path.of("src/main/resources/db/migration"))) {
            JdbcDepartmentOfUser departments = new JdbcDepartmentOfUser(db.dataSource());
            assertEquals(Set.of(), departments.departments(1L, "li.na"));

            db.update("CREATE TABLE oa_user_department (company_id BIGINT NOT NULL, username VARCHAR(100) NOT NULL,"
                    + " department_code VARCHAR(32) NOT NULL)");
            db.update("INSERT INTO oa_user_department VALUES (1, 'li.na', 'D-HR'), (1, 'li.na', 'D-FIN'),"
                    + " (2, 'li.na', 'D-OTHER'), (1, 'wang.wei', 'D-SALES')");
            assertEquals(Set.of("D-HR", "D-FIN"), departments.departments(1L, "li.na"));
            assertEquals(Set.of(), departments.departments(1L, "zhao.lei"));
            Boolean inTransaction = db.transactions().required(() -> {
                assertEquals(Set.of("D-SALES"), departments.departments(1L, "wang.wei"));
                return db.inTransaction();
            });
            assertEquals(true, inTransaction);
        }
    }
}
