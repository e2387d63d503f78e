package io.tangram.itests;

import static io.tangram.itests.InventoryTestSupport.assertAmount;
import static io.tangram.itests.InventoryTestSupport.created;
import static io.tangram.itests.InventoryTestSupport.post;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.stream.StreamSupport;
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
 * OA approvals gating money in other modules, in one container: an admin defines the purchase
 * approval (≤ 10,000 CNY: department manager; above: manager, then every finance manager — 会签);
 * a 20,000 CNY purchase order is approved only after both steps, and a rejection returns one to
 * draft with the comment; a supplier payment cannot be posted before its approval and posts once
 * after; OA uninstalled mid-approval and reinstalled resumes where it was, while inventory and
 * finance approve with their own permission in between; a leave request records that no balance was
 * checked without HR, and an approved expense claim becomes one payable in finance.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ApprovalIT extends TangramTestSupport {
    private static final String OA = "tangram-oa";

    @Inject
    protected FeaturesService features;

    private static long supplier;
    private static long cable;
    private static long main;
    private static String inFlight;
    private static long inFlightOrder;

    @Before
    public void modulesInstalled() throws Exception {
        awaitSuite();
        for (String feature : new String[] {"tangram-inventory", "tangram-finance"}) {
            if (!installed(feature)) {
                features.installFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
            }
        }
        awaitApi("/api/inventory/warehouses");
        awaitApi("/api/finance/accounts");
    }

    private boolean installed(String feature) throws Exception {
        return features.isInstalled(features.getFeature(feature));
    }

    /** A purchase order by li.na over {@code quantity} × 200.00 CNY at 0 % VAT, submitted. */
    private static JsonNode submittedOrder(int quantity) {
        JsonNode po = call("POST", "/api/inventory/purchase-orders", "li.na", "{\"supplierId\":" + supplier
                + ",\"warehouseId\":" + main + ",\"lines\":[{\"productId\":" + cable + ",\"quantity\":" + quantity
                + ",\"unitPrice\":200.00,\"taxRateCode\":\"VAT0\"}]}", 201);
        return call("POST", "/api/inventory/purchase-orders/" + po.get("id").asLong() + "/submit", "li.na", "{}", 200);
    }

    private static JsonNode order(long id) {
        return get("/api/inventory/purchase-orders/" + id, admin()).json();
    }

    private static JsonNode awaitOrder(long id, String status) {
        await("purchase order " + id + " " + status, Duration.ofSeconds(30),
                () -> status.equals(order(id).get("status").asText()));
        return order(id);
    }

    private static JsonNode approval(String reference) {
        return get("/api/oa/approvals/" + reference, admin()).json();
    }

    private static boolean inInbox(String user, String reference) {
        JsonNode inbox = call("GET", "/api/oa/approvals/inbox", user, null, 200);
        JsonNode items = inbox.has("items") ? inbox.get("items") : inbox;
        return StreamSupport.stream(items.spliterator(), false)
                .anyMatch(i -> reference.equals(i.get("reference").asText()));
    }

    @Test
    public void a_aPurchaseOrderAboveTenThousandIsApprovedOnlyAfterTheManagerAndEveryFinanceManager() throws Exception {
        features.installFeature(OA, EnumSet.noneOf(FeaturesService.Option.class));
        awaitApi("/api/oa/processes");
        role("buyer", "inventory.purchase.read", "inventory.purchase.write", "oa.approval.read", "oa.form.submit");
        role("approver", "oa.approval.read", "oa.approval.act", "inventory.purchase.read");
        role("finance-manager", "oa.approval.read", "oa.approval.act", "finance.payment.read");
        user("li.na", "buyer");
        user("wang.fang", "approver");
        user("zhao.lei", "finance-manager");
        user("chen.jing", "finance-manager");
        call("POST", "/api/oa/departments", null, "{\"code\":\"PURCHASING\",\"name\":\"Purchasing\",\"nameZh\":\"采购部\","
                + "\"manager\":\"wang.fang\"}", 201);
        call("POST", "/api/oa/departments/members", null, "{\"username\":\"li.na\",\"departmentCode\":\"PURCHASING\"}", 200);
        Answer bad = http("POST", "/api/oa/processes", admin(), "application/json", "{\"code\":\"X\",\"documentType\":"
                + "\"inventory.purchase-order\",\"name\":\"x\",\"nameZh\":\"x\",\"steps\":[{\"name\":\"s\",\"nameZh\":\"s\","
                + "\"mode\":\"ALL\",\"approvers\":[{\"kind\":\"NOBODY\"}]}]}");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("steps[0].approvers[0].kind"));
        call("POST", "/api/oa/processes", null, "{\"code\":\"PURCHASE\",\"documentType\":\"inventory.purchase-order\","
                + "\"name\":\"Purchase approval\",\"nameZh\":\"采购审批\",\"steps\":["
                + "{\"name\":\"Department manager\",\"nameZh\":\"部门经理审批\",\"mode\":\"ANY\","
                + "\"approvers\":[{\"kind\":\"DEPARTMENT_MANAGER\"}]},"
                + "{\"name\":\"Finance managers\",\"nameZh\":\"财务经理会签\",\"mode\":\"ALL\","
                + "\"conditions\":[{\"field\":\"amount\",\"op\":\"GT\",\"value\":\"10000\"}],"
                + "\"approvers\":[{\"kind\":\"ROLE\",\"value\":\"finance-manager\"}]}]}", 201);

        supplier = created("/api/masterdata/parties", "{\"code\":\"CABLECO\",\"name\":\"Ningbo Cable Co\",\"supplier\":true}");
        cable = created("/api/masterdata/products", "{\"code\":\"CAT6\",\"name\":\"Cat 6 cable 305 m\",\"unitCode\":"
                + "\"PCS\",\"taxRateCode\":\"VAT0\",\"type\":\"STOCKED\",\"purchasePrice\":200.00}");
        main = created("/api/inventory/warehouses", "{\"code\":\"OA-MAIN\",\"name\":\"Main warehouse\"}");

        JsonNode po = submittedOrder(100);
        long id = po.get("id").asLong();
        assertAmount("20000.00", po.get("total").get("amount"));
        assertEquals("SUBMITTED", po.get("status").asText());
        String ref = po.get("approvalRef").asText();
        assertTrue(ref, ref.matches("AP-\\d{4}-\\d{6}"));
        assertTrue(inInbox("wang.fang", ref));
        assertFalse("the finance managers wait for the first step", inInbox("zhao.lei", ref));
        call("POST", "/api/oa/approvals/" + ref + "/approve", "chen.jing", "{}", 403);
        Answer own = postJson("/api/inventory/purchase-orders/" + id + "/approve", admin(), "{}");
        assertEquals(own.body(), 409, own.status());
        assertTrue(own.body(), own.body().contains("approved in the OA workflow"));

        call("POST", "/api/oa/approvals/" + ref + "/approve", "wang.fang", "{\"comment\":\"needed for the new office\"}", 200);
        assertTrue(inInbox("zhao.lei", ref));
        assertTrue(inInbox("chen.jing", ref));
        call("POST", "/api/oa/approvals/" + ref + "/approve", "zhao.lei", "{}", 200);
        assertEquals("PENDING", approval(ref).get("state").get("status").asText());
        assertEquals("SUBMITTED", order(id).get("status").asText());
        call("POST", "/api/oa/approvals/" + ref + "/approve", "zhao.lei", "{}", 409);
        call("POST", "/api/oa/approvals/" + ref + "/approve", "chen.jing", "{\"comment\":\"ok\"}", 200);
        assertEquals("APPROVED", approval(ref).get("state").get("status").asText());
        JsonNode approved = awaitOrder(id, "APPROVED");
        assertEquals("chen.jing", approved.get("approvedBy").asText());
        assertEquals(1, count("SELECT COUNT(*) FROM plat_outbox WHERE topic = 'tangram/oa/ApprovalDecided' AND source_ref = ?",
                ref));
        assertEquals(1, count("SELECT COUNT(*) FROM plat_outbox WHERE topic = 'tangram/inventory/PurchaseOrderApproved'"
                + " AND source_ref = ?", approved.get("number").asText()));

        JsonNode small = submittedOrder(25);
        String smallRef = small.get("approvalRef").asText();
        call("POST", "/api/oa/approvals/" + smallRef + "/approve", "wang.fang", "{}", 200);
        assertEquals("5,000 CNY needs the department manager only", "APPROVED",
                awaitOrder(small.get("id").asLong(), "APPROVED").get("status").asText());
        assertTrue(executeCommand("oa:approval " + ref).contains("chen.jing"));
    }

    @Test
    public void b_aRejectionReturnsTheOrderToDraftWithTheComment() throws Exception {
        JsonNode po = submittedOrder(100);
        long id = po.get("id").asLong();
        String ref = po.get("approvalRef").asText();
        call("POST", "/api/oa/approvals/" + ref + "/approve", "wang.fang", "{}", 200);
        call("POST", "/api/oa/approvals/" + ref + "/reject", "zhao.lei", "{}", 400);
        call("POST", "/api/oa/approvals/" + ref + "/reject", "zhao.lei",
                "{\"comment\":\"Price too high: ask for a second quote\"}", 200);
        JsonNode draft = awaitOrder(id, "DRAFT");
        assertTrue(draft.toString(), draft.get("statusReason").asText().contains("Price too high: ask for a second quote"));
        assertFalse(draft.toString(), draft.hasNonNull("approvalRef"));
        assertEquals("REJECTED", approval(ref).get("state").get("status").asText());
        JsonNode again = call("POST", "/api/inventory/purchase-orders/" + id + "/submit", "li.na", "{}", 200);
        assertFalse("a resubmission is a new approval", ref.equals(again.get("approvalRef").asText()));
    }

    @Test
    public void c_aSupplierPaymentIsPostedOnlyAfterItsApprovalAndOnce() throws Exception {
        post("/api/finance/accounts/templates/CN_SMALL_BUSINESS", "{}", 200);
        call("POST", "/api/oa/processes", null, "{\"code\":\"PAYMENT\",\"documentType\":\"finance.supplier-payment\","
                + "\"name\":\"Supplier payment\",\"nameZh\":\"付款审批\",\"steps\":[{\"name\":\"Finance manager\","
                + "\"nameZh\":\"财务经理\",\"mode\":\"ANY\",\"approvers\":[{\"kind\":\"ROLE\",\"value\":\"finance-manager\"}]}]}",
                201);
        JsonNode bill = post("/api/finance/invoices", "{\"kind\":\"PURCHASE\",\"partyId\":" + supplier + ",\"invoiceDate\":"
                + "\"2026-12-03\",\"externalNumber\":\"FP-OA-1\",\"lines\":[{\"description\":\"Cable\",\"quantity\":1,"
                + "\"unitPrice\":5000,\"taxRate\":0.13,\"accountCode\":\"1405\"}]}", 201);
        post("/api/finance/invoices/" + bill.get("id").asLong() + "/post", "{}", 200);
        JsonNode payment = post("/api/finance/payments", "{\"kind\":\"PAYMENT\",\"partyId\":" + supplier + ",\"date\":"
                + "\"2026-12-13\",\"amount\":5650,\"allocations\":[{\"invoiceId\":" + bill.get("id").asLong()
                + ",\"amount\":5650}]}", 201);
        long id = payment.get("id").asLong();
        assertEquals("SUBMITTED", payment.get("status").asText());
        String ref = payment.get("approvalRef").asText();
        long vouchers = count("SELECT COUNT(*) FROM fin_voucher");
        Answer early = postJson("/api/finance/payments/" + id + "/post", admin(), "{}");
        assertEquals("先审批、后付款: " + early.body(), 409, early.status());
        assertEquals(409, postJson("/api/finance/payments/" + id + "/approve", admin(), "{}").status());
        assertEquals(vouchers, count("SELECT COUNT(*) FROM fin_voucher"));

        call("POST", "/api/oa/approvals/" + ref + "/approve", "zhao.lei", "{}", 200);
        await("payment approved", Duration.ofSeconds(30), () -> "APPROVED".equals(
                get("/api/finance/payments/" + id, admin()).json().get("status").asText()));
        assertEquals("POSTED", post("/api/finance/payments/" + id + "/post", "{}", 200).get("status").asText());
        assertEquals(409, postJson("/api/finance/payments/" + id + "/post", admin(), "{}").status());
        assertEquals(vouchers + 1, count("SELECT COUNT(*) FROM fin_voucher"));
        assertLedgerBalances();
    }

    @Test
    public void d_uninstallingOaMidApprovalKeepsItAndTheModulesApproveThemselvesMeanwhile() throws Exception {
        JsonNode po = submittedOrder(100);
        inFlightOrder = po.get("id").asLong();
        inFlight = po.get("approvalRef").asText();
        call("POST", "/api/oa/approvals/" + inFlight + "/approve", "wang.fang", "{}", 200);

        features.uninstallFeature(OA, EnumSet.noneOf(FeaturesService.Option.class));
        await("OA gone", Duration.ofSeconds(30), () -> get("/api/oa/processes", admin()).status() == 404);
        Answer waits = postJson("/api/inventory/purchase-orders/" + inFlightOrder + "/approve", admin(), "{}");
        assertEquals(waits.body(), 409, waits.status());
        assertTrue(waits.body(), waits.body().contains("OA is not installed now"));
        await("inventory sees OA gone", Duration.ofSeconds(30), () -> {
            JsonNode fresh = submittedOrder(5);
            return !fresh.hasNonNull("approvalRef")
                    && post("/api/inventory/purchase-orders/" + fresh.get("id").asLong() + "/approve", "{}", 200)
                            .get("status").asText().equals("APPROVED");
        });
        JsonNode bill = post("/api/finance/invoices", "{\"kind\":\"PURCHASE\",\"partyId\":" + supplier + ",\"invoiceDate\":"
                + "\"2026-12-04\",\"externalNumber\":\"FP-OA-2\",\"lines\":[{\"description\":\"Cable\",\"quantity\":1,"
                + "\"unitPrice\":100,\"taxRate\":0,\"accountCode\":\"1405\"}]}", 201);
        post("/api/finance/invoices/" + bill.get("id").asLong() + "/post", "{}", 200);
        JsonNode payment = post("/api/finance/payments", "{\"kind\":\"PAYMENT\",\"partyId\":" + supplier + ",\"date\":"
                + "\"2026-12-14\",\"amount\":100,\"allocations\":[{\"invoiceId\":" + bill.get("id").asLong()
                + ",\"amount\":100}]}", 201);
        assertEquals("DRAFT", payment.get("status").asText());
        assertEquals("APPROVED", post("/api/finance/payments/" + payment.get("id").asLong() + "/approve", "{}", 200)
                .get("status").asText());

        features.installFeature(OA, EnumSet.noneOf(FeaturesService.Option.class));
        awaitApi("/api/oa/processes");
        JsonNode resumed = approval(inFlight);
        assertEquals("PENDING", resumed.get("state").get("status").asText());
        assertTrue(resumed.toString(), resumed.get("history").toString().contains("wang.fang"));
        assertTrue("the second step waits where it was", inInbox("zhao.lei", inFlight));
        call("POST", "/api/oa/approvals/" + inFlight + "/approve", "zhao.lei", "{}", 200);
        call("POST", "/api/oa/approvals/" + inFlight + "/approve", "chen.jing", "{}", 200);
        assertEquals("APPROVED", awaitOrder(inFlightOrder, "APPROVED").get("status").asText());
    }

    @Test
    public void e_aLeaveRequestWithoutHrRecordsTheSkippedBalanceCheckAndIsApproved() throws Exception {
        call("POST", "/api/oa/processes", null, "{\"code\":\"LEAVE\",\"documentType\":\"oa.leave-request\","
                + "\"name\":\"Leave\",\"nameZh\":\"请假\",\"steps\":[{\"name\":\"Department manager\",\"nameZh\":\"部门经理\","
                + "\"mode\":\"ANY\",\"approvers\":[{\"kind\":\"DEPARTMENT_MANAGER\"}]}]}", 201);
        // Mon 7 to Wed 9 December 2026, afternoon of the first day only: 2.5 working days
        JsonNode leave = call("POST", "/api/oa/forms/leave", "li.na", "{\"leaveType\":\"ANNUAL\",\"from\":\"2026-12-07\","
                + "\"fromHalf\":\"PM\",\"to\":\"2026-12-09\",\"reason\":\"Family visit\"}", 201);
        assertEquals(0, leave.get("days").decimalValue().compareTo(new java.math.BigDecimal("2.5")));
        assertEquals("SKIPPED", leave.get("balanceCheck").asText());
        assertTrue(leave.toString(), leave.get("balanceNote").toString().contains("HR is not installed"));
        String number = leave.get("number").asText();
        JsonNode submitted = call("POST", "/api/oa/forms/leave/" + number + "/submit", "li.na", "{}", 200);
        String ref = submitted.get("approvalReference").asText();
        call("POST", "/api/oa/approvals/" + ref + "/approve", "wang.fang", "{}", 200);
        await("leave approved", Duration.ofSeconds(30), () -> "APPROVED".equals(
                call("GET", "/api/oa/forms/leave/" + number, "li.na", null, 200).get("status").asText()));
        assertEquals(1, count("SELECT COUNT(*) FROM plat_outbox WHERE topic = 'tangram/oa/LeaveRequestApproved'"
                + " AND source_ref = ?", number));
    }

    @Test
    public void f_anApprovedExpenseClaimBecomesOnePayableInFinance() throws Exception {
        call("POST", "/api/oa/processes", null, "{\"code\":\"EXPENSE\",\"documentType\":\"oa.expense-claim\","
                + "\"name\":\"Expenses\",\"nameZh\":\"费用报销\",\"steps\":[{\"name\":\"Department manager\",\"nameZh\":"
                + "\"部门经理\",\"mode\":\"ANY\",\"approvers\":[{\"kind\":\"DEPARTMENT_MANAGER\"}]}]}", 201);
        long employee = created("/api/masterdata/parties", "{\"code\":\"EMP-LINA\",\"name\":\"Li Na (employee)\","
                + "\"supplier\":true}");
        Answer badLine = http("POST", "/api/oa/forms/expenses", as("li.na"), "application/json", "{\"purpose\":\"Trip\","
                + "\"payeePartyId\":" + employee + ",\"lines\":[{\"category\":\"TRAVEL\",\"date\":\"2026-12-01\","
                + "\"description\":\"Train\",\"amount\":438.50},{\"category\":\"MEALS\",\"date\":\"2026-12-01\","
                + "\"description\":\"Lunch\",\"amount\":-5}]}");
        assertEquals(badLine.body(), 400, badLine.status());
        assertTrue(badLine.body(), badLine.body().contains("lines[1].amount"));
        JsonNode claim = call("POST", "/api/oa/forms/expenses", "li.na", "{\"purpose\":\"Customer visit Shanghai\","
                + "\"payeePartyId\":" + employee + ",\"costCentre\":\"PURCHASING\",\"lines\":[{\"category\":\"TRAVEL\","
                + "\"date\":\"2026-12-01\",\"description\":\"Train Hangzhou-Shanghai\",\"amount\":438.50},"
                + "{\"category\":\"ACCOMMODATION\",\"date\":\"2026-12-01\",\"description\":\"Hotel 2 nights\",\"amount\":830.00}]}",
                201);
        String number = claim.get("number").asText();
        String ref = call("POST", "/api/oa/forms/expenses/" + number + "/submit", "li.na", "{}", 200)
                .get("approvalReference").asText();
        call("POST", "/api/oa/approvals/" + ref + "/approve", "wang.fang", "{}", 200);
        await("expense claim booked in finance", Duration.ofSeconds(30), () -> count(
                "SELECT COUNT(*) FROM fin_invoice WHERE source_ref = ? AND status = 'POSTED'", number) == 1);
        assertEquals(1, count("SELECT COUNT(*) FROM fin_invoice WHERE source_ref = ?", number));
        // 438.50 + 830.00 at 0 % VAT
        assertEquals(126850, count("SELECT CAST(total * 100 AS BIGINT) FROM fin_invoice WHERE source_ref = ?", number));
        assertLedgerBalances();
    }
}
