package io.tangram.hr.impl.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.impl.testing.RecordingAuditLog;

/** Departments as a tree: creating, moving, refusing cycles and deactivating. */
class OrganisationServiceTest {
    private HrRows rows;
    private RecordingAuditLog audit;
    private OrganisationService org;

    @BeforeEach
    void setUp() throws Exception {
        rows = new HrRows("hr-org");
        audit = new RecordingAuditLog();
        org = new OrganisationService(rows.db.dataSource(), rows.db.transactions(), audit,
                Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneOffset.UTC));
        CallContext.bind(HrRows.ADMIN);
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
        rows.close();
    }

    private Saved<DepartmentDto> save(String code, String parent) {
        return org.saveDepartment(code, new DepartmentInput(null, code + " department", code + "部", parent, null, null,
                null, null));
    }

    @Test
    void departmentsFormATreeAndAFlatList() {
        org.saveCostCentre("CC-HQ", new CostCentreInput(null, "Head office", "总部", null));
        assertTrue(save("HQ", null).created());
        save("SALES", "HQ");
        save("EAST", "SALES");
        save("IT", "HQ");
        Saved<DepartmentDto> again = org.saveDepartment("HQ", new DepartmentInput(null, "Head office", "总部", null, null,
                "CC-HQ", "6602", null));
        assertFalse(again.created());
        assertEquals("CC-HQ", again.value().costCentre());

        List<DepartmentDto> tree = org.departments(1, true, false);
        assertEquals(1, tree.size());
        assertEquals("HQ", tree.get(0).code());
        assertEquals(List.of("IT", "SALES"), tree.get(0).children().stream().map(DepartmentDto::code).toList());
        assertEquals("EAST", tree.get(0).children().get(1).children().get(0).code());
        assertEquals(List.of("EAST", "HQ", "IT", "SALES"), org.departments(1, false, false).stream()
                .map(DepartmentDto::code).toList());
        assertEquals("SALES", org.department(1, "EAST").parentCode());
        assertEquals(List.of("create department 1", "create department 2", "create department 3", "create department 4",
                "update department 1"), audit.briefs().stream().filter(b -> b.contains("department")).toList());
    }

    @Test
    void aDepartmentCannotBeMovedUnderItselfOrItsDescendants() {
        save("HQ", null);
        save("SALES", "HQ");
        save("EAST", "SALES");
        ValidationException e = assertThrows(ValidationException.class, () -> save("HQ", "EAST"));
        assertEquals("parent", e.errors().get(0).field());
        assertEquals("EAST is HQ itself or one of its sub-departments: departments cannot form a cycle",
                e.errors().get(0).message().in(Locale.ENGLISH));
        assertEquals("parent", assertThrows(ValidationException.class, () -> save("SALES", "SALES")).errors().get(0).field());
        assertEquals(0, rows.db.number("SELECT COUNT(*) FROM hr_department WHERE parent_id IS NULL AND code <> 'HQ'"));
        save("EAST", "HQ");
        assertEquals("HQ", org.department(1, "EAST").parentCode());
    }

    @Test
    void everyBadFieldIsNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> org.saveDepartment("bad code!",
                new DepartmentInput(null, " ", null, "NOPE", "E404", "CC-X", null, null)));
        assertEquals(List.of("code", "name", "parent", "managerNumber", "costCentre"),
                e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    void aDepartmentWithCurrentEmployeesOrActiveChildrenStaysActive() {
        save("HQ", null);
        save("SALES", "HQ");
        rows.employee("E1", "li.na", "SALES", LocalDate.parse("2025-01-01"));
        ConflictException busy = assertThrows(ConflictException.class, () -> deactivate("SALES", "HQ"));
        assertEquals("Department SALES still has 1 current employee(s) and 0 active sub-department(s): transfer them or"
                + " deactivate those first", busy.text().in(Locale.ENGLISH));
        assertEquals("部门 SALES 仍有 1 名在职员工和 0 个启用的下级部门，请先调走员工或停用下级部门",
                busy.text().in(Locale.SIMPLIFIED_CHINESE));
        ConflictException parent = assertThrows(ConflictException.class, () -> deactivate("HQ", null));
        assertTrue(parent.text().in(Locale.ENGLISH).contains("0 current employee(s) and 1 active sub-department(s)"));

        rows.db.update("UPDATE hr_employee SET status = 'RESIGNED' WHERE number = 'E1'");
        assertFalse(deactivate("SALES", "HQ").active());
        assertFalse(deactivate("HQ", null).active());
        assertEquals(List.of(), org.departments(1, true, false));
        assertEquals(2, org.departments(1, false, true).size());
    }

    @Test
    void readingNeedsTheOrgPermission() {
        CallContext.bind(HrRows.caller("li.na", "hr.self.service"));
        assertThrows(ForbiddenException.class, () -> org.departments(1, true, false));
        CallContext.bind(HrRows.caller("li.na", "hr.org.read"));
        assertThrows(ForbiddenException.class, () -> save("HQ", null));
        assertEquals(List.of(), org.departments(1, true, false));
    }

    private DepartmentDto deactivate(String code, String parent) {
        return org.saveDepartment(code, new DepartmentInput(null, code + " department", null, parent, null, null, null,
                false)).value();
    }
}
