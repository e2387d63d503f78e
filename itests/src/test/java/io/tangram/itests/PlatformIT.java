package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The platform boots and answers, guards every call, and refuses bad input without writing. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends TangramTestSupport {

    @Before
    public void apiIsUp() {
        awaitSuite();
    }

    @Test
    public void modulesAreListedAsJsonForAnAuthenticatedCaller() {
        Answer answer = get("/api/platform/modules", admin());
        assertEquals(200, answer.status());
        assertTrue(answer.contentType(), answer.contentType().startsWith("application/json"));
        Set<String> ids = new HashSet<>();
        answer.json().forEach(m -> ids.add(m.get("id").asText()));
        assertTrue(ids.toString(), ids.containsAll(Set.of("platform", "masterdata")));
        answer.json().forEach(m -> assertEquals("ACTIVE", m.get("state").asText()));
    }

    @Test
    public void theSuiteRunsOnTheConfiguredDatabase() throws Exception {
        try (java.sql.Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            assertTrue(product, product.contains(System.getProperty("itest.database")));
        }
    }

    @Test
    public void theInitialAdministratorPasswordIsNoServiceProperty() throws Exception {
        for (org.osgi.framework.ServiceReference<?> ref : bundleContext.getAllServiceReferences(null, null)) {
            for (String key : ref.getPropertyKeys()) {
                assertTrue(key + " on " + ref, !String.valueOf(ref.getProperty(key)).contains(ADMIN_PASSWORD));
            }
        }
    }

    @Test
    public void withoutOrWithWrongCredentialsTheAnswerIs401() {
        Answer none = get("/api/platform/modules", null);
        assertEquals(401, none.status());
        assertTrue(none.contentType().startsWith("application/problem+json"));
        assertEquals(401, get("/api/platform/modules", basic(ADMIN, "wrong-password")).status());
        assertEquals(401, get("/api/masterdata/parties", "Bearer not-a-token").status());
    }

    @Test
    public void aTokenFromTheLoginEndpointAuthenticates() {
        Answer login = postJson("/api/auth/login", null,
                "{\"username\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertEquals(login.body(), 200, login.status());
        String token = login.json().get("token").asText();
        assertEquals(200, get("/api/platform/modules", "Bearer " + token).status());
    }

    @Test
    public void aUserWithoutThePermissionGets403() {
        Answer role = http("PUT", "/api/platform/roles/party-reader", admin(), "application/json",
                "{\"description\":\"Reads parties\",\"permissions\":[\"masterdata.party.read\"]}");
        assertTrue(role.body(), role.status() == 200 || role.status() == 204);
        Answer user = postJson("/api/platform/users", admin(), "{\"username\":\"reader\",\"displayName\":\"Li Reader\","
                + "\"password\":\"Reader-Pass-2026\",\"roles\":[\"party-reader\"]}");
        assertEquals(user.body(), 201, user.status());
        String reader = basic("reader", "Reader-Pass-2026");
        assertEquals(200, get("/api/masterdata/parties", reader).status());
        Answer forbidden = get("/api/platform/modules", reader);
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.body(), forbidden.body().contains("platform.module.read"));
        assertEquals(403, postJson("/api/masterdata/parties", reader, "{\"code\":\"X1\",\"name\":\"X\"}").status());
    }

    @Test
    public void badPartyIs400NamingTheFieldsAndWritesNothing() throws Exception {
        long parties = count("SELECT COUNT(*) FROM md_party");
        long audit = count("SELECT COUNT(*) FROM plat_audit");
        long events = count("SELECT COUNT(*) FROM plat_outbox");
        Answer bad = postJson("/api/masterdata/parties", admin(),
                "{\"code\":\"\",\"name\":\"Acme\",\"customer\":true,\"taxId\":\"12345\"}");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        Set<String> fields = fields(bad.json());
        assertTrue(fields.toString(), fields.containsAll(Set.of("code", "taxId")));
        assertEquals(parties, count("SELECT COUNT(*) FROM md_party"));
        assertEquals(audit, count("SELECT COUNT(*) FROM plat_audit"));
        assertEquals(events, count("SELECT COUNT(*) FROM plat_outbox"));
    }

    @Test
    public void everyMasterDataEndpointAnswersBadInputWith400() throws Exception {
        String written = rowCounts();
        for (String path : new String[] {"/api/masterdata/parties", "/api/masterdata/products",
                "/api/masterdata/companies", "/api/masterdata/units", "/api/masterdata/currencies",
                "/api/masterdata/tax-rates"}) {
            Answer empty = postJson(path, admin(), "{}");
            assertEquals(path + ": " + empty.body(), 400, empty.status());
            assertTrue(path + " names no field: " + empty.body(), !fields(empty.json()).isEmpty());
            Answer malformed = postJson(path, admin(), "{\"code\": ");
            assertEquals(path + ": " + malformed.body(), 400, malformed.status());
            Answer wrongType = http("POST", path, admin(), "text/xml", "<x/>");
            assertEquals(path + ": " + wrongType.body(), 415, wrongType.status());
        }
        Answer badPage = get("/api/masterdata/products?limit=100000", admin());
        assertEquals(400, badPage.status());
        assertTrue(fields(badPage.json()).contains("limit"));
        String[][] malformedParameters = {{"/api/masterdata/parties?limit=x", "limit"},
            {"/api/masterdata/parties?role=EMPLOYEE", "role"}, {"/api/masterdata/parties/abc", "id"},
            {"/api/masterdata/products?inactive=maybe", "inactive"}, {"/api/masterdata/products/1x", "id"}};
        for (String[] call : malformedParameters) {
            Answer answer = get(call[0], admin());
            assertEquals(call[0] + ": " + answer.body(), 400, answer.status());
            assertTrue(call[0] + " does not name " + call[1] + ": " + answer.body(),
                    fields(answer.json()).contains(call[1]));
        }
        assertEquals(404, get("/api/masterdata/nothing-here", admin()).status());
        assertEquals(401, get("/api/masterdata/parties?limit=x", null).status());
        assertEquals("bad input wrote rows", written, rowCounts());
    }

    /** Row counts of every master-data table, the audit trail and the outbox. */
    private String rowCounts() throws Exception {
        StringBuilder counts = new StringBuilder();
        for (String table : new String[] {"md_company", "md_party", "md_party_address", "md_party_contact",
                "md_product", "md_unit", "md_currency", "md_tax_rate", "plat_audit", "plat_outbox"}) {
            counts.append(table).append('=').append(count("SELECT COUNT(*) FROM " + table)).append(' ');
        }
        return counts.toString();
    }

    @Test
    public void aCsvWithBadRowsReportsEachByLineNumber() throws Exception {
        String csv = "code,name,customer,supplier,taxId\n"
                + "CSV1,Good Customer,true,false,\n"
                + "CSV2,,true,false,\n"
                + "CSV3,Bad Tax Id,true,false,123\n";
        long before = count("SELECT COUNT(*) FROM md_party");
        Answer allOrNothing = http("POST", "/api/masterdata/parties/import", admin(), "text/csv", csv);
        assertEquals(allOrNothing.body(), 400, allOrNothing.status());
        Set<String> fields = fields(allOrNothing.json());
        assertTrue(fields.toString(), fields.stream().anyMatch(f -> f.startsWith("line 3")));
        assertTrue(fields.toString(), fields.stream().anyMatch(f -> f.startsWith("line 4")));
        assertEquals("all-or-nothing wrote rows", before, count("SELECT COUNT(*) FROM md_party"));

        Answer validRows = http("POST", "/api/masterdata/parties/import?mode=valid-rows", admin(), "text/csv", csv);
        assertEquals(validRows.body(), 200, validRows.status());
        JsonNode report = validRows.json();
        assertEquals(1, report.get("imported").asInt());
        Set<Integer> lines = new HashSet<>();
        report.get("errors").forEach(e -> lines.add(e.get("line").asInt()));
        assertEquals(Set.of(3, 4), lines);
        assertEquals(before + 1, count("SELECT COUNT(*) FROM md_party"));
    }

    @Test
    public void errorsSpeakTheCallersLanguage() {
        Answer zh = http("GET", "/api/platform/modules", null, null, null, "Accept-Language", "zh-CN");
        assertEquals(401, zh.status());
        assertTrue(zh.body(), zh.json().get("title").asText().codePoints().anyMatch(cp -> cp > 0x4e00));
    }

    @Test
    public void theOpenApiDocumentFollowsTheInstalledResources() {
        Answer api = get("/api/openapi.json", null);
        assertEquals(200, api.status());
        JsonNode paths = api.json().get("paths");
        assertNotNull(paths);
        for (String path : new String[] {"/masterdata/parties", "/masterdata/parties/{id}", "/platform/modules", "/auth/login"}) {
            assertTrue(path + " in " + paths.toString(), paths.has(path));
        }
        assertEquals("/api", api.json().get("servers").get(0).get("url").asText());
    }

    @Test
    public void theLandingPageListsTheModules() {
        Answer page = get("/", null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("masterdata") || page.body().contains("Master data"));
    }

    @Test
    public void consoleCommandsShowModulesAndEventCursors() throws Exception {
        String modules = executeCommand("tangram:modules");
        assertTrue(modules, modules.contains("masterdata") && modules.contains("ACTIVE"));
        String events = executeCommand("tangram:events");
        assertTrue(events, events.contains("Subscriber") && events.contains("Cursor") && events.contains("Backlog"));
    }

    private static Set<String> fields(JsonNode problem) {
        Set<String> fields = new HashSet<>();
        JsonNode errors = problem.get("errors");
        if (errors != null) {
            errors.forEach(e -> fields.add(e.get("field").asText()));
        }
        return fields;
    }
}
