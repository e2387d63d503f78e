package io.tangram.itests;

import static io.tangram.itests.InventoryTestSupport.assertAmount;
import static io.tangram.itests.InventoryTestSupport.created;
import static io.tangram.itests.InventoryTestSupport.post;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * CRM on its own (platform + CRM): leads captured, deduplicated, routed round-robin and converted;
 * activities and reminder rules making follow-ups; the pipeline's funnel and forecast; a segment
 * targeted by a campaign and its results; service tickets breaching their SLA once, escalated with a
 * durable event; the knowledge base; and the console commands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CrmIT extends TangramTestSupport {

    @Inject
    protected FeaturesService features;

    private static long customer;
    private static long opportunity;

    @Before
    public void crmInstalled() throws Exception {
        awaitSuite();
        if (!features.isInstalled(features.getFeature("tangram-crm"))) {
            features.installFeature("tangram-crm", EnumSet.noneOf(FeaturesService.Option.class));
            for (String user : List.of("li.na", "zhang.wei", "wang.fang")) {
                postJson("/api/platform/users", admin(), "{\"username\":\"" + user + "\",\"displayName\":\"" + user
                        + "\",\"password\":\"Crm-Pass-2026!\",\"roles\":[]}");
            }
        }
        for (String path : List.of("/api/crm/leads", "/api/crm/lead-rules", "/api/crm/opportunities",
                "/api/crm/tickets", "/api/crm/campaigns", "/api/crm/follow-ups")) {
            awaitApi(path);
        }
    }

    @Test
    public void a_leadsAreDeduplicatedRoutedRoundRobinAndConverted() throws Exception {
        post("/api/crm/teams", "{\"code\":\"EAST\",\"name\":\"East sales\",\"manager\":\"wang.fang\","
                + "\"members\":[\"li.na\",\"zhang.wei\"]}", 200);
        post("/api/crm/lead-rules", "{\"name\":\"East\",\"region\":\"East\",\"team\":\"EAST\"}", 201);
        List<String> owners = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            owners.add(post("/api/crm/leads", "{\"name\":\"Buyer " + i + "\",\"company\":\"Shop " + i
                    + "\",\"phone\":\"1380000000" + i + "\",\"region\":\"east\"}", 201).get("lead").get("owner").asText());
        }
        assertEquals(List.of("li.na", "zhang.wei", "li.na"), owners);
        JsonNode duplicate = post("/api/crm/leads", "{\"name\":\"Buyer One again\",\"phone\":\"138-0000-0001\"}", 200);
        assertEquals("MERGED", duplicate.get("outcome").asText());
        assertEquals("phone", duplicate.get("matches").get(0).get("field").asText());

        Answer imported = http("POST", "/api/crm/leads/import", admin(), "text/csv",
                "name,company,phone,email,region\nMs Wu,Wu Tea,13900000009,wu@tea.cn,West\n,Nameless Co,13900000010,,West\n"
                        + "Mr Xu,Shop 2,,,\n");
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(1, imported.json().get("created").asInt());
        assertEquals(1, imported.json().get("refused").asInt());
        assertEquals(1, imported.json().get("merged").asInt());

        long lead = get("/api/crm/leads?q=Ms%20Wu", admin()).json().get("items").get(0).get("id").asLong();
        JsonNode conversion = post("/api/crm/leads/" + lead + "/convert", "{\"customerCode\":\"WUTEA\",\"amount\":50000,"
                + "\"expectedCloseDate\":\"" + LocalDate.now().plusMonths(1) + "\"}", 200);
        customer = conversion.get("customerId").asLong();
        opportunity = conversion.get("opportunityId").asLong();
        assertEquals("CONVERTED", conversion.get("lead").get("status").asText());
        assertEquals("PROSPECT", get("/api/crm/customers/" + customer, admin()).json().get("stage").asText());
        assertEquals(409, postJson("/api/crm/leads/" + lead + "/convert", admin(), "{}").status());
    }

    @Test
    public void b_remindersFollowTrialsAndSentQuotes() throws Exception {
        post("/api/crm/reminder-rules", "{\"trigger\":\"ACTIVITY_LOGGED\",\"activityType\":\"TRIAL\",\"days\":3,"
                + "\"subjectTemplate\":\"Ask how the {type} went: {subject}\"}", 201);
        post("/api/crm/activities", "{\"type\":\"TRIAL\",\"relatedTo\":\"CUSTOMER\",\"relatedId\":" + customer
                + ",\"subject\":\"Tasting kit\"}", 201);
        await("the follow-up of the trial", Duration.ofSeconds(30), () -> followUps().size() == 1);
        JsonNode task = followUps().get(0);
        assertEquals(LocalDate.now().plusDays(3).toString(), task.get("dueOn").asText());
        assertTrue(task.get("subject").asText().contains("Tasting kit"));
        assertEquals(LocalDate.now().toString(), get("/api/crm/customers/" + customer, admin()).json()
                .get("lastActivityOn").asText());
        assertEquals(0, get("/api/crm/follow-ups/overdue", admin()).json().size());
    }

    @Test
    public void c_thePipelineGivesTheFunnelAndTheWeightedForecast() throws Exception {
        post("/api/crm/opportunities/" + opportunity + "/move", "{\"stageCode\":\"PROPOSAL\"}", 200);
        JsonNode funnel = get("/api/crm/reports/funnel?from=" + LocalDate.now().withDayOfMonth(1) + "&to="
                + LocalDate.now(), admin()).json();
        assertTrue(funnel.toString(), funnel.toString().contains("PROPOSAL"));
        JsonNode forecast = get("/api/crm/reports/forecast?from=" + LocalDate.now().withDayOfMonth(1) + "&to="
                + LocalDate.now().plusMonths(2), admin()).json();
        // 50000 × 50 % (PROPOSAL)
        assertAmount("25000.00", forecast.get("total").get("weighted"));
        assertEquals(2, get("/api/crm/opportunities/" + opportunity + "/history", admin()).json().size());
        assertTrue(executeCommand("crm:funnel").contains("PROPOSAL"));
    }

    @Test
    public void d_aCampaignTargetsASegmentAndReportsItsResponseRate() throws Exception {
        long segment = created("/api/crm/segments", "{\"name\":\"Converted prospects\",\"rules\":[{\"kind\":\"STAGE\","
                + "\"value\":\"PROSPECT\"}]}");
        assertEquals(1, get("/api/crm/segments/" + segment + "/members", admin()).json().get("total").asInt());
        long campaign = created("/api/crm/campaigns", "{\"name\":\"Spring tea\",\"channel\":\"WECHAT\",\"startDate\":\""
                + LocalDate.now() + "\",\"endDate\":\"" + LocalDate.now().plusDays(30) + "\",\"budget\":1000.00,"
                + "\"segmentId\":" + segment + "}");
        post("/api/crm/campaigns/" + campaign + "/launch", "{}", 200);
        post("/api/crm/campaigns/" + campaign + "/sends", "{\"all\":true}", 200);
        post("/api/crm/campaigns/" + campaign + "/responses", "{\"customerId\":" + customer + ",\"note\":\"asked\"}", 200);
        JsonNode results = get("/api/crm/campaigns/" + campaign + "/results", admin()).json();
        assertEquals(1, results.get("sent").asInt());
        assertAmount("100.0", results.get("responseRate"));
        assertAmount("1000.00", results.get("costPerResponse"));
    }

    @Test
    public void e_anUrgentTicketBreachesItsSlaOnceAndIsEscalated() throws Exception {
        JsonNode ticket = post("/api/crm/tickets", "{\"subject\":\"Kit arrived broken\",\"channel\":\"WECHAT\","
                + "\"priority\":\"URGENT\",\"customerId\":" + customer + ",\"assignee\":\"li.na\",\"queue\":\"EAST\"}", 201);
        assertTrue(ticket.get("number").asText().startsWith("TK-"));
        long breachEvents = count("SELECT COUNT(*) FROM plat_outbox WHERE topic = 'tangram/crm/TicketSlaBreached'");
        String later = java.time.Instant.now().plus(Duration.ofDays(10)).toString();
        JsonNode check = post("/api/crm/tickets/sla-check?now=" + later, "", 200);
        assertEquals(check.toString(), 2, check.get("breaches").size());
        assertEquals("wang.fang", check.get("breaches").get(0).get("escalatedTo").asText());
        assertEquals(0, post("/api/crm/tickets/sla-check?now=" + later, "", 200).get("breaches").size());
        assertEquals(breachEvents + 2, count("SELECT COUNT(*) FROM plat_outbox WHERE topic = 'tangram/crm/TicketSlaBreached'"));
        // the report counts days in the business calendar's zone (Asia/Shanghai), ahead of the container's
        JsonNode report = get("/api/crm/reports/sla?from=" + LocalDate.now().minusDays(1) + "&to="
                + LocalDate.now().plusDays(1), admin()).json();
        assertEquals(1, report.get("total").get("tickets").asInt());

        long article = created("/api/crm/kb/articles", "{\"title\":\"Replacing a broken kit\",\"body\":\"Send a new kit"
                + " the same day.\",\"category\":\"delivery\",\"tags\":[\"kit\"],\"published\":true,\"language\":\"en\"}");
        post("/api/crm/tickets/" + ticket.get("id").asLong() + "/articles", "{\"articleId\":" + article + "}", 200);
        assertEquals(1, get("/api/crm/kb/articles?q=broken%20kit", admin()).json().get("total").asInt());
        assertEquals(1, get("/api/crm/customers/" + customer + "/360", admin()).json().get("tickets").get("total").asInt());
    }

    @Test
    public void f_aRepSeesOnlyOwnLeadsAndTheConsoleSpeaksCrm() throws Exception {
        http("PUT", "/api/platform/roles/sales-rep", admin(), "application/json", "{\"description\":\"Sales rep\","
                + "\"permissions\":[\"crm.lead.read\",\"crm.customer.read\"]}");
        Answer roles = http("PUT", "/api/platform/users/zhang.wei/roles", admin(), "application/json",
                "{\"roles\":[\"sales-rep\"]}");
        assertTrue(roles.body(), roles.status() < 300);
        Answer own = get("/api/crm/leads", basic("zhang.wei", "Crm-Pass-2026!"));
        assertEquals(own.body(), 200, own.status());
        assertEquals("only Buyer 2 was routed to zhang.wei", 1, own.json().get("total").asInt());
        assertEquals("Buyer 2", own.json().get("items").get(0).get("name").asText());
        assertEquals(401, get("/api/crm/leads", null).status());
        Answer bad = postJson("/api/crm/leads", admin(), "{\"company\":\"No name\"}");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"name\""));
        assertTrue(executeCommand("crm:leads").contains("Buyer 1"));
        assertTrue(executeCommand("crm:tickets").contains("Kit arrived broken"));
        assertTrue(executeCommand("crm:customer WUTEA").contains("tickets (1)"));
        assertFalse(executeCommand("crm:opportunities").isBlank());
    }

    private static List<JsonNode> followUps() {
        List<JsonNode> out = new ArrayList<>();
        get("/api/crm/follow-ups?relatedTo=CUSTOMER&relatedId=" + customer, admin()).json().get("items").forEach(out::add);
        return out;
    }
}
