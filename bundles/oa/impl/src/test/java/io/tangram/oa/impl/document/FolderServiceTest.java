package io.tangram.oa.impl.document;

import static io.tangram.oa.impl.document.DocumentDesk.ADMIN;
import static io.tangram.oa.impl.document.DocumentDesk.COMPANY;
import static io.tangram.oa.impl.document.DocumentDesk.as;
import static io.tangram.oa.impl.document.DocumentDesk.clerk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.Caller;

/** Folder grants to a user, a role and a department, inherited by subfolders. */
class FolderServiceTest {
    static final Caller LI_NA = clerk("li.na");
    static final Caller ZHAO_LEI = clerk("zhao.lei", "finance");
    static final Caller WANG_WEI = clerk("wang.wei");
    static final Caller STRANGER = clerk("chen.jie", "staff");

    @TempDir
    Path storage;
    DocumentDesk desk;
    long company;
    long hr;
    long payroll;
    long sales;

    @BeforeEach
    void setUp() throws Exception {
        desk = new DocumentDesk(storage);
        company = desk.folder(null, "Company").id();
        hr = desk.folder(company, "HR").id();
        payroll = desk.folder(hr, "Payroll").id();
        sales = desk.folder(company, "Sales").id();
        desk.departments.put("wang.wei", Set.of("D-HR"));
        desk.grant(company, GranteeType.USER, "li.na", AccessLevel.READ);
        desk.grant(hr, GranteeType.ROLE, "finance", AccessLevel.WRITE);
        desk.grant(payroll, GranteeType.DEPARTMENT, "D-HR", AccessLevel.MANAGE);
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void aUserGrantReachesEverySubfolder() {
        assertEquals(List.of("Company READ", "Company/HR READ", "Company/HR/Payroll READ", "Company/Sales READ"),
                tree(LI_NA));
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> desk.upload(LI_NA, payroll, "Salaries.csv", "name,amount"));
        assertEquals("WRITE on folder Company/HR/Payroll", refused.permission());
        assertThrows(ForbiddenException.class, () -> as(LI_NA, () -> desk.folders.create(new FolderInput(COMPANY,
                payroll, "2026"))));

        desk.grant(hr, GranteeType.USER, "li.na", AccessLevel.WRITE);
        assertEquals(List.of("Company READ", "Company/HR WRITE", "Company/HR/Payroll WRITE", "Company/Sales READ"),
                tree(LI_NA));
        DocumentDto doc = desk.upload(LI_NA, payroll, "Salaries.csv", "name,amount");
        assertEquals("Company/HR/Payroll", doc.folderPath());
        assertEquals("text/csv", doc.contentType());
    }

    @Test
    void aRoleGrantGivesItsFolderAndBelowButNotAbove() {
        assertEquals(List.of("Company/HR WRITE", "Company/HR/Payroll WRITE"), tree(ZHAO_LEI));
        assertThrows(NotFoundException.class, () -> as(ZHAO_LEI, () -> desk.folders.get(company)));
        assertThrows(NotFoundException.class, () -> desk.upload(ZHAO_LEI, sales, "Plan.txt", "plan"));
        FolderDto sub = as(ZHAO_LEI, () -> desk.folders.create(new FolderInput(COMPANY, hr, "Contracts")));
        assertEquals("Company/HR/Contracts", sub.path());
        assertEquals(AccessLevel.WRITE, sub.access());
        ForbiddenException grant = assertThrows(ForbiddenException.class, () -> as(ZHAO_LEI,
                () -> desk.folders.grant(hr, new GrantInput(GranteeType.USER, "li.na", AccessLevel.READ))));
        assertEquals("MANAGE on folder Company/HR", grant.permission());
    }

    @Test
    void aDepartmentGrantFollowsTheUsersDepartment() {
        assertEquals(List.of("Company/HR/Payroll MANAGE"), tree(WANG_WEI));
        assertThrows(NotFoundException.class, () -> as(WANG_WEI, () -> desk.folders.get(hr)));
        List<GrantDto> grants = as(WANG_WEI, () -> desk.folders.grant(payroll, new GrantInput(GranteeType.USER,
                "zhao.lei", AccessLevel.READ)));
        assertEquals(List.of("DEPARTMENT D-HR MANAGE", "USER zhao.lei READ"), grants.stream()
                .map(g -> g.granteeType() + " " + g.grantee() + " " + g.level()).toList());
        assertEquals(List.of("Company/HR WRITE", "Company/HR/Payroll WRITE"), tree(ZHAO_LEI));
        FolderDto renamed = as(WANG_WEI, () -> desk.folders.rename(payroll, new FolderInput(null, null, "工资")));
        assertEquals("Company/HR/工资", renamed.path());

        desk.departments.put("wang.wei", Set.of("D-SALES"));
        assertEquals(List.of(), tree(WANG_WEI));
        assertNull(as(WANG_WEI, () -> desk.folders.access(COMPANY, payroll)));
    }

    @Test
    void withoutAGrantNothingIsSeenButAdministratorsSeeAll() {
        DocumentDto doc = desk.upload(ADMIN, payroll, "Salaries.csv", "name,amount");
        assertEquals(List.of(), tree(STRANGER));
        assertEquals(0, as(STRANGER, () -> desk.documents.search(COMPANY, DocumentQuery.all(), new PageRequest(0, 50)))
                .total());
        assertThrows(NotFoundException.class, () -> as(STRANGER, () -> desk.documents.get(doc.id())));
        assertThrows(NotFoundException.class, () -> as(STRANGER, () -> desk.documents.download(doc.id(), null)));
        assertEquals(List.of("Company MANAGE", "Company/HR MANAGE", "Company/HR/Payroll MANAGE", "Company/Sales MANAGE"),
                tree(ADMIN));
        assertEquals("Salaries.csv", as(LI_NA, () -> desk.documents.get(doc.id())).name());
    }

    @Test
    void revokingAGrantTakesTheAccessAway() {
        as(ADMIN, () -> {
            desk.folders.revoke(company, GranteeType.USER, "li.na");
            return null;
        });
        assertEquals(List.of(), tree(LI_NA));
        NotFoundException again = assertThrows(NotFoundException.class, () -> as(ADMIN, () -> {
            desk.folders.revoke(company, GranteeType.USER, "li.na");
            return null;
        }));
        assertEquals("Folder Company has no grant to USER li.na", again.getMessage());
    }

    @Test
    void topLevelFoldersAreForAdministratorsAndNamesAreUniqueAmongSiblings() {
        assertThrows(ForbiddenException.class, () -> as(LI_NA, () -> desk.folders.create(new FolderInput(COMPANY, null,
                "Mine"))));
        ConflictException twice = assertThrows(ConflictException.class, () -> desk.folder(company, "hr"));
        assertEquals("Folder Company already has a subfolder named hr", twice.getMessage());
        assertEquals("文件夹 Company 下已有名为 hr 的子文件夹", twice.text().in(Locale.SIMPLIFIED_CHINESE));
        ConflictException top = assertThrows(ConflictException.class, () -> desk.folder(null, "COMPANY"));
        assertEquals("There is already a top-level folder named COMPANY", top.getMessage());
        ValidationException bad = assertThrows(ValidationException.class, () -> desk.folder(company, "a/b"));
        assertEquals("name", bad.errors().get(0).field());
        ValidationException unknown = assertThrows(ValidationException.class, () -> as(ADMIN,
                () -> desk.folders.grant(hr, new GrantInput(GranteeType.USER, "nobody", null))));
        assertEquals(List.of("level", "grantee"), unknown.errors().stream().map(e -> e.field()).toList());
        assertEquals("nobody is not a user", unknown.errors().get(1).message().in(Locale.ENGLISH));
        assertEquals(List.of("Company/HR", "Company/HR/Payroll"), List.of(
                as(ADMIN, () -> desk.folders.byPath(COMPANY, "/company/hr/")).orElseThrow().path(),
                as(ADMIN, () -> desk.folders.byPath(COMPANY, "Company/HR/Payroll")).orElseThrow().path()));
    }

    private List<String> tree(Caller caller) {
        return as(caller, () -> desk.folders.list(COMPANY)).stream().map(f -> f.path() + " " + f.access()).toList();
    }
}
