package io.tangram.hr.impl.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.hr.impl.employee.EmployeeRegister;

/** Manager chains through the department tree, as OA routes approvals by them. */
class HrManagerDirectoryTest {
    private static final LocalDate HIRED = LocalDate.parse("2024-01-01");
    private HrRows rows;
    private HrManagerDirectory directory;

    @BeforeEach
    void setUp() throws Exception {
        rows = new HrRows("hr-managers");
        directory = new HrManagerDirectory(new EmployeeRegister(rows.db.dataSource()));
        rows.department("HQ", null);
        rows.department("SALES", "HQ");
        rows.department("EAST", "SALES");
        rows.manager("HQ", rows.employee("E1", "ceo", "HQ", HIRED));
        rows.manager("SALES", rows.employee("E2", "sales.head", "SALES", HIRED));
        rows.manager("EAST", rows.employee("E3", "east.lead", "EAST", HIRED));
        rows.employee("E4", "li.na", "EAST", HIRED);
    }

    @AfterEach
    void tearDown() {
        rows.close();
    }

    @Test
    void theChainClimbsThreeLevelsNearestFirst() {
        assertEquals(List.of("east.lead", "sales.head", "ceo"), directory.managerChain(1, "li.na"));
        assertEquals(Optional.of("east.lead"), directory.managerOf(1, "li.na"));
        assertEquals(Optional.of("EAST"), directory.departmentOf(1, "li.na"));
    }

    @Test
    void aDepartmentManagerReportsToTheParentDepartmentsManager() {
        assertEquals(List.of("sales.head", "ceo"), directory.managerChain(1, "east.lead"));
        assertEquals(List.of("ceo"), directory.managerChain(1, "sales.head"));
        assertEquals(List.of(), directory.managerChain(1, "ceo"));
        assertEquals(Optional.empty(), directory.managerOf(1, "ceo"));
    }

    @Test
    void aDepartmentsChainStartsWithItsOwnManagerOrTheNearestAbove() {
        assertEquals(List.of("east.lead", "sales.head", "ceo"), directory.departmentManagerChain(1, "EAST"));
        assertEquals(List.of("sales.head", "ceo"), directory.departmentManagerChain(1, "SALES"));
        rows.department("WEST", "SALES");
        assertEquals(List.of("sales.head", "ceo"), directory.departmentManagerChain(1, "WEST"), "nobody manages WEST");
        assertEquals(List.of(), directory.departmentManagerChain(1, "NOPE"));
    }

    @Test
    void formerManagersAndManagersWithoutAUserAreSkipped() {
        rows.db.update("UPDATE hr_employee SET status = 'RESIGNED' WHERE number = 'E3'");
        rows.db.update("UPDATE hr_employee SET username = NULL WHERE number = 'E2'");
        assertEquals(List.of("ceo"), directory.managerChain(1, "li.na"));
        assertEquals(Optional.empty(), directory.departmentOf(1, "east.lead"), "a former employee is not in a department");
        assertEquals(List.of(), directory.managerChain(1, "nobody"));
    }

    @Test
    void aCycleStopsTheChainWithoutDuplicates() {
        rows.db.update("UPDATE hr_department SET parent_id = (SELECT id FROM hr_department WHERE code = 'EAST')"
                + " WHERE code = 'HQ'");
        rows.db.update("UPDATE hr_department SET manager_employee_id = NULL WHERE code = 'HQ'");
        assertEquals(List.of("east.lead", "sales.head"), directory.managerChain(1, "li.na"));
        rows.db.update("UPDATE hr_department SET manager_employee_id = (SELECT id FROM hr_employee WHERE number = 'E4')"
                + " WHERE code = 'SALES'");
        assertEquals(List.of("east.lead"), directory.managerChain(1, "li.na"), "never the employee themself");
    }
}
