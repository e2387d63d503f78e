package io.tangram.itests;

import static io.tangram.itests.InventoryTestSupport.assertAmount;
import static io.tangram.itests.InventoryTestSupport.created;
import static io.tangram.itests.InventoryTestSupport.goods;
import static io.tangram.itests.InventoryTestSupport.post;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
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
 * Order to cash across modules, in one container: CRM alone records every step it skips; inventory
 * and finance installed at runtime (no restart) make the next order take the full path — credit
 * check, reservation, a shortage becoming a requisition, the purchase order approved and received,
 * shipments issuing stock and posting the AR invoice and cost of goods exactly once, the receipt
 * marking the order paid; the shipment made before finance existed waits in finance's backlog; and
 * shipments made while finance is uninstalled are invoiced exactly once when it is back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class OrderToCashIT extends TangramTestSupport {
    private static final String CRM = "tangram-crm";
    private static final String INVENTORY = "tangram-inventory";
    private static final String FINANCE = "tangram-finance";

    @Inject
    protected FeaturesService features;

    private static long customer;
    private static long tea;
    private static long service;
    private static long main;
    private static String earlyShipment;
    private static long fullOrder;

    @Before
    public void crmInstalled() throws Exception {
        awaitSuite();
        if (!installed(CRM)) {
            install(CRM);
        }
        awaitApi("/api/crm/customers");
        awaitApi("/api/crm/orders");
    }

    @Test
    public void a_withoutInventoryAndFinanceTheOrderShipsAndSaysWhatItSkipped() throws Exception {
        assertFalse(installed(INVENTORY));
        assertFalse(installed(FINANCE));
        customer = post("/api/crm/customers", "{\"code\":\"TEAHOUSE\",\"name\":\"Hangzhou Tea House\","
                + "\"creditLimit\":20000,\"tags\":[\"vip\"],\"industry\":\"catering\",\"region\":\"East\","
                + "\"customerGroup\":\"WHOLESALE\"}", 201).get("partyId").asLong();
        tea = created("/api/masterdata/products", "{\"code\":\"LONGJING\",\"name\":\"Longjing tea 250g\",\"unitCode\":"
                + "\"PCS\",\"taxRateCode\":\"VAT13\",\"type\":\"STOCKED\",\"category\":\"Tea\",\"salesPrice\":120.00,\"purchasePrice\":60.00}");
        service = created("/api/masterdata/products", "{\"code\":\"TASTING\",\"name\":\"Tea tasting session\","
                + "\"unitCode\":\"PCS\",\"taxRateCode\":\"VAT6\",\"type\":\"SERVICE\",\"salesPrice\":500.00}");
        post("/api/crm/price-lists", "{\"code\":\"WHOLESALE-2026\",\"name\":\"Wholesale\",\"customerGroup\":\"WHOLESALE\","
                + "\"lines\":[{\"productId\":" + tea + ",\"unitPrice\":100.00},{\"productId\":" + tea
                + ",\"unitPrice\":95.00,\"minQuantity\":20}]}", 200);

        JsonNode order = post("/api/crm/orders", "{\"customerId\":" + customer + ",\"lines\":[{\"productId\":" + tea
                + ",\"quantity\":5}]}", 201);
        // 5 × 100.00 (wholesale list, under 20 units) = 500.00 + 13 % VAT 65.00
        assertAmount("500.00", order.get("totalNet"));
        assertAmount("565.00", order.get("total"));
        assertEquals("WHOLESALE-2026", order.get("lines").get(0).get("priceSource").asText());
        long id = order.get("id").asLong();
        JsonNode confirmed = post("/api/crm/orders/" + id + "/confirm", "{}", 200);
        assertEquals("CONFIRMED", confirmed.get("status").asText());
        assertStep(confirmed, "CREDIT_CHECK", "SKIPPED", "credit not checked: finance is not installed");
        assertStep(confirmed, "STOCK_RESERVATION", "SKIPPED", "stock not checked: inventory is not installed");

        JsonNode shipment = post("/api/crm/orders/" + id + "/shipments", "{}", 201);
        earlyShipment = shipment.get("number").asText();
        assertEquals("not invoiced: finance is not installed", shipment.get("invoiceNote").asText());
        JsonNode shipped = get("/api/crm/orders/" + id, admin()).json();
        assertEquals("SHIPPED", shipped.get("status").asText());
        assertStep(shipped, "STOCK_ISSUE", "SKIPPED", "stock not issued: inventory is not installed");
        assertStep(shipped, "INVOICE", "SKIPPED", "not invoiced: finance is not installed");
        assertEquals("a customer after the first order", "CUSTOMER",
                get("/api/crm/customers/" + customer, admin()).json().get("stage").asText());
        JsonNode view = get("/api/crm/customers/" + customer + "/360", admin()).json();
        assertEquals(1, view.get("orders").get("total").asInt());
        assertEquals(1, view.get("shipments").get("total").asInt());
        assertFalse(view.get("invoices").get("available").asBoolean());
        assertEquals("finance is not installed: no invoices or balance", view.get("invoices").get("note").asText());
        assertEquals("未安装财务模块：无发票和余额", view.get("balance").get("noteZh").asText());
        assertTrue(executeCommand("crm:customer TEAHOUSE").contains("invoices: finance is not installed"));
    }

    @Test
    public void b_installingInventoryAndFinanceAtRuntimeGivesTheNextOrderTheFullPath() throws Exception {
        install(INVENTORY);
        install(FINANCE);
        awaitApi("/api/inventory/warehouses");
        awaitApi("/api/finance/accounts");
        awaitApi("/api/finance/automatic-posting/backlog");
        post("/api/finance/accounts/templates/CN_SMALL_BUSINESS", "{}", 200);
        main = created("/api/inventory/warehouses", "{\"code\":\"MAIN\",\"name\":\"Main warehouse\"}");
        long supplier = created("/api/masterdata/parties", "{\"code\":\"TEAFARM\",\"name\":\"Longjing Tea Farm\","
                + "\"supplier\":true}");
        put("/api/inventory/products/" + tea + "/stock-settings", "{\"preferredSupplierId\":" + supplier + "}");
        post("/api/inventory/stock/receipts", goods(tea, main, "8", "60.00"), 201);

        JsonNode quote = post("/api/crm/quotes", "{\"customerId\":" + customer + ",\"lines\":[{\"productId\":" + tea
                + ",\"quantity\":20,\"discountPercent\":5},{\"productId\":" + service + ",\"quantity\":1}]}", 201);
        // 20 × 95.00 (wholesale from 20 units) × 0.95 = 1805.00 + VAT 13 % 234.65; tasting 500.00 + VAT 6 % 30.00
        assertAmount("2305.00", quote.get("totalNet"));
        assertAmount("2569.65", quote.get("total"));
        assertEquals("SENT", post("/api/crm/quotes/" + quote.get("id").asLong() + "/send", "{}", 200).get("status").asText());
        JsonNode order = post("/api/crm/quotes/" + quote.get("id").asLong() + "/order", "{}", 201);
        fullOrder = order.get("id").asLong();
        assertEquals("ORDERED", get("/api/crm/quotes/" + quote.get("id").asLong(), admin()).json().get("status").asText());

        JsonNode confirmed = post("/api/crm/orders/" + fullOrder + "/confirm", "{}", 200);
        assertStep(confirmed, "CREDIT_CHECK", "DONE", "credit checked");
        assertStep(confirmed, "STOCK_RESERVATION", "DONE", "reserved 8 of 20");
        JsonNode requisitionStep = assertStep(confirmed, "PURCHASE_REQUISITION", "DONE", "12 short");
        assertAmount("8", confirmed.get("lines").get(0).get("reserved"));
        JsonNode level = get("/api/inventory/stock?productId=" + tea + "&warehouseId=" + main, admin()).json().get(0);
        assertAmount("8", level.get("reserved"));

        JsonNode requisitions = get("/api/inventory/requisitions?status=OPEN", admin()).json();
        JsonNode requisition = StreamSupport.stream(requisitions.spliterator(), false)
                .filter(r -> r.get("number").asText().equals(requisitionStep.get("reference").asText())).findFirst()
                .orElseThrow();
        assertEquals(confirmed.get("number").asText(), requisition.get("sourceRef").asText());
        assertAmount("12", requisition.get("quantity"));
    }

    @Test
    public void c_theShortageIsBoughtThenShippedInvoicedCostedAndPaidExactlyOnce() throws Exception {
        JsonNode requisition = get("/api/inventory/requisitions?status=OPEN", admin()).json().get(0);
        JsonNode pos = post("/api/inventory/replenishment/purchase-orders", "{\"requisitionIds\":["
                + requisition.get("id").asLong() + "]}", 201);
        long po = pos.get(0).get("id").asLong();
        long poLine = pos.get(0).get("lines").get(0).get("id").asLong();
        post("/api/inventory/purchase-orders/" + po + "/submit", "{}", 200);
        post("/api/inventory/purchase-orders/" + po + "/approve", "{}", 200);

        Answer tooEarly = postJson("/api/crm/orders/" + fullOrder + "/shipments", admin(), "{}");
        assertEquals("20 cannot ship with 8 in stock: " + tooEarly.body(), 409, tooEarly.status());
        assertTrue(tooEarly.body(), tooEarly.body().contains("wait for the goods on order"));

        long teaLine = get("/api/crm/orders/" + fullOrder, admin()).json().get("lines").get(0).get("id").asLong();
        JsonNode first = post("/api/crm/orders/" + fullOrder + "/shipments", "{\"lines\":[{\"orderLineId\":" + teaLine
                + ",\"quantity\":8}]}", 201);
        assertEquals("PARTIALLY_SHIPPED", get("/api/crm/orders/" + fullOrder, admin()).json().get("status").asText());

        post("/api/inventory/purchase-orders/" + po + "/receipts", "{\"lines\":[{\"lineId\":" + poLine
                + ",\"quantity\":12}]}", 201);
        JsonNode second = post("/api/crm/orders/" + fullOrder + "/shipments", "{}", 201);
        assertEquals("SHIPPED", get("/api/crm/orders/" + fullOrder, admin()).json().get("status").asText());

        for (JsonNode s : List.of(first, second)) {
            String number = s.get("number").asText();
            await("finance invoiced " + number, Duration.ofSeconds(30),
                    () -> count("SELECT COUNT(*) FROM fin_invoice WHERE source_ref = ? AND status <> 'DRAFT'", number) == 1);
        }
        await("the order is invoiced", Duration.ofSeconds(30),
                () -> "INVOICED".equals(get("/api/crm/orders/" + fullOrder, admin()).json().get("status").asText()));
        JsonNode invoiced = get("/api/crm/orders/" + fullOrder, admin()).json();
        // first: 8 × 90.25 = 722.00 + 93.86 VAT; second: 12 × 90.25 = 1083.00 + 140.79, 500.00 + 30.00
        assertAmount("2569.65", invoiced.get("invoiced"));
        assertAmount("20", invoiced.get("lines").get(0).get("invoiced"));
        // cost of goods: one GI voucher per issue move, never two
        long issues = count("SELECT COUNT(*) FROM inv_stock_move WHERE move_type = 'ISSUE'");
        await("COGS of every issue", Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM fin_voucher WHERE source_type = 'GI'") == issues);
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT source_ref FROM fin_invoice WHERE source_ref IS NOT NULL"
                + " GROUP BY source_ref HAVING COUNT(*) > 1) twice"));

        JsonNode invoices = get("/api/finance/invoices?partyId=" + customer, admin()).json();
        StringBuilder allocations = new StringBuilder();
        for (JsonNode s : List.of(first, second)) {
            JsonNode shipment = StreamSupport.stream(get("/api/crm/orders/" + fullOrder + "/shipments", admin()).json()
                    .spliterator(), false).filter(x -> x.get("number").asText().equals(s.get("number").asText()))
                    .findFirst().orElseThrow();
            long invoiceId = shipment.get("invoiceId").asLong();
            String total = get("/api/finance/invoices/" + invoiceId, admin()).json().get("total").get("amount").asText();
            allocations.append(allocations.length() == 0 ? "" : ",").append("{\"invoiceId\":").append(invoiceId)
                    .append(",\"amount\":").append(total).append('}');
        }
        assertTrue(invoices.toString(), invoices.toString().contains("SI-"));
        post("/api/finance/payments", "{\"kind\":\"RECEIPT\",\"partyId\":" + customer + ",\"date\":\""
                + java.time.LocalDate.now() + "\",\"amount\":2569.65,\"reference\":\"TEAHOUSE-PAY\",\"allocations\":["
                + allocations + "]}", 201);
        await("the order is paid", Duration.ofSeconds(30),
                () -> "PAID".equals(get("/api/crm/orders/" + fullOrder, admin()).json().get("status").asText()));
        assertStep(get("/api/crm/orders/" + fullOrder, admin()).json(), "PAYMENT", "DONE", "paid on invoice");

        JsonNode view = get("/api/crm/customers/" + customer + "/360", admin()).json();
        assertEquals("TEAHOUSE", view.get("profile").get("code").asText());
        assertEquals("two orders make a repeat customer", "REPEAT", view.get("profile").get("stage").asText());
        assertEquals(1, view.get("quotes").get("total").asInt());
        assertEquals(2, view.get("orders").get("total").asInt());
        assertEquals(3, view.get("shipments").get("total").asInt());
        assertEquals("the two invoices of the shipments since finance came", 2, view.get("invoices").get("total").asInt());
        assertTrue(view.get("balance").get("available").asBoolean());
        // everything invoiced since finance came is paid; the early shipment is still in the backlog
        assertAmount("0.00", view.get("balance").get("items").get(0).get("open"));
        assertTrue(view.get("tickets").get("available").asBoolean());
        String console = executeCommand("crm:customer TEAHOUSE");
        assertTrue(console, console.contains("invoices (2):") && console.contains("PAID"));

        assertAmount("0", get("/api/inventory/stock?productId=" + tea + "&warehouseId=" + main, admin()).json().get(0)
                .get("onHand"));
        assertEquals("on hand equals the sum of the moves", 0, count("SELECT COUNT(*) FROM inv_stock_balance b"
                + " WHERE b.quantity <> (SELECT COALESCE(SUM(m.quantity), 0) FROM inv_stock_move m"
                + " WHERE m.product_id = b.product_id AND m.warehouse_id = b.warehouse_id)"));
        assertLedgerBalances();
    }

    @Test
    public void d_theShipmentFromBeforeFinanceWaitsInTheBacklogUntilAnAdminInvoicesIt() throws Exception {
        await("the early shipment in the backlog", Duration.ofSeconds(30), () -> backlogEvent(earlyShipment) != null);
        assertEquals(0, count("SELECT COUNT(*) FROM fin_invoice WHERE source_ref = ?", earlyShipment));
        long eventId = backlogEvent(earlyShipment).get("eventId").asLong();
        JsonNode posted = post("/api/finance/automatic-posting/backlog/post", "{\"eventIds\":[" + eventId + "]}", 200);
        assertEquals("POSTED", posted.get(0).get("status").asText());
        assertEquals(1, count("SELECT COUNT(*) FROM fin_invoice WHERE source_ref = ? AND status <> 'DRAFT'", earlyShipment));
        await("CRM learns the early shipment is invoiced", Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM crm_shipment WHERE number = ? AND invoice_id IS NOT NULL", earlyShipment) == 1);
        assertNull(get("/api/crm/orders?status=SHIPPED", admin()).json().get("items").get(0));
        assertLedgerBalances();
    }

    @Test
    public void e_shipmentsMadeWhileFinanceIsUninstalledAreInvoicedOnceWhenItIsBack() throws Exception {
        post("/api/inventory/stock/receipts", goods(tea, main, "10", "60.00"), 201);
        features.uninstallFeature(FINANCE, EnumSet.noneOf(FeaturesService.Option.class));
        await("finance gone", Duration.ofSeconds(30), () -> get("/api/finance/accounts", admin()).status() == 404);
        String[] shipped = new String[2];
        for (int i = 0; i < 2; i++) {
            JsonNode order = post("/api/crm/orders", "{\"customerId\":" + customer + ",\"lines\":[{\"productId\":" + tea
                    + ",\"quantity\":3}]}", 201);
            JsonNode confirmed = post("/api/crm/orders/" + order.get("id").asLong() + "/confirm", "{}", 200);
            assertStep(confirmed, "CREDIT_CHECK", "SKIPPED", "finance is not installed");
            JsonNode shipment = post("/api/crm/orders/" + order.get("id").asLong() + "/shipments", "{}", 201);
            assertEquals("not invoiced: finance is not installed", shipment.get("invoiceNote").asText());
            shipped[i] = shipment.get("number").asText();
        }
        install(FINANCE);
        awaitApi("/api/finance/accounts");
        for (String number : shipped) {
            await("invoice of " + number, Duration.ofSeconds(30),
                    () -> count("SELECT COUNT(*) FROM crm_shipment WHERE number = ? AND invoice_id IS NOT NULL", number) == 1);
            assertEquals(1, count("SELECT COUNT(*) FROM fin_invoice WHERE source_ref = ?", number));
        }
        long issues = count("SELECT COUNT(*) FROM inv_stock_move WHERE move_type = 'ISSUE'");
        await("COGS of the issues made while finance was away", Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM fin_voucher WHERE source_type = 'GI'") == issues);
        assertEquals("nothing is in the backlog that happened after finance was first installed", 0,
                get("/api/finance/automatic-posting/backlog", admin()).json().size());
        assertLedgerBalances();
    }

    @Test
    public void f_badInputCreditLimitAndVisibilityAreRefusedAndChangeNothing() throws Exception {
        long orders = count("SELECT COUNT(*) FROM crm_sales_order");
        Answer noLines = postJson("/api/crm/orders", admin(), "{\"customerId\":" + customer + ",\"lines\":[]}");
        assertEquals(noLines.body(), 400, noLines.status());
        assertTrue(noLines.body(), noLines.body().contains("lines"));
        Answer badLine = postJson("/api/crm/orders", admin(), "{\"customerId\":" + customer + ",\"lines\":[{\"productId\":"
                + tea + ",\"quantity\":-1,\"taxRate\":0.2}]}");
        assertEquals(badLine.body(), 400, badLine.status());
        assertTrue(badLine.body(), badLine.body().contains("lines[0].quantity") && badLine.body().contains("lines[0].taxRate"));
        assertEquals(orders, count("SELECT COUNT(*) FROM crm_sales_order"));

        // the limit is 20000.00: 200 × 100.00 + 13 % = 22600.00 is over it
        JsonNode big = post("/api/crm/orders", "{\"customerId\":" + customer + ",\"lines\":[{\"productId\":" + tea
                + ",\"quantity\":200,\"unitPrice\":100}]}", 201);
        long reservations = count("SELECT COUNT(*) FROM inv_reservation");
        Answer over = postJson("/api/crm/orders/" + big.get("id").asLong() + "/confirm", admin(), "{}");
        assertEquals(over.body(), 409, over.status());
        assertTrue(over.body(), over.body().contains("Credit limit exceeded"));
        assertEquals("DRAFT", get("/api/crm/orders/" + big.get("id").asLong(), admin()).json().get("status").asText());
        assertEquals(reservations, count("SELECT COUNT(*) FROM inv_reservation"));
        assertEquals(0, count("SELECT COUNT(*) FROM crm_order_step WHERE order_id = ?", big.get("id").asLong()));

        http("PUT", "/api/platform/roles/sales-rep", admin(), "application/json", "{\"description\":\"Sales rep\","
                + "\"permissions\":[\"crm.customer.read\",\"crm.customer.write\",\"crm.order.read\",\"crm.order.write\"]}");
        postJson("/api/platform/users", admin(), "{\"username\":\"li.na\",\"displayName\":\"Li Na\","
                + "\"password\":\"Rep-Pass-2026!\",\"roles\":[\"sales-rep\"]}");
        String rep = basic("li.na", "Rep-Pass-2026!");
        assertEquals(401, get("/api/crm/customers", null).status());
        assertEquals("admin's customer is not the rep's", 404, get("/api/crm/customers/" + customer, rep).status());
        assertEquals(0, get("/api/crm/customers", rep).json().get("total").asInt());
        Answer own = postJson("/api/crm/customers", rep, "{\"code\":\"NOODLE\",\"name\":\"Noodle Bar\"}");
        assertEquals(own.body(), 201, own.status());
        assertEquals("li.na", own.json().get("owner").asText());
        assertEquals(1, get("/api/crm/customers", rep).json().get("total").asInt());
        Answer confirm = postJson("/api/crm/orders/" + big.get("id").asLong() + "/confirm", rep, "{}");
        assertEquals(confirm.body(), 403, confirm.status());
    }

    private static JsonNode assertStep(JsonNode order, String step, String outcome, String messagePart) {
        for (JsonNode s : order.get("steps")) {
            if (s.get("step").asText().equals(step) && s.get("outcome").asText().equals(outcome)
                    && s.get("message").asText().contains(messagePart)) {
                assertFalse(s.get("messageZh").asText().isBlank());
                return s;
            }
        }
        throw new AssertionError("no step " + step + " " + outcome + " '" + messagePart + "' in " + order.get("steps"));
    }

    private static JsonNode backlogEvent(String sourceRef) {
        for (JsonNode e : get("/api/finance/automatic-posting/backlog", admin()).json()) {
            if (sourceRef.equals(e.get("sourceRef").asText())) {
                return e;
            }
        }
        return null;
    }

    private static void put(String path, String json) {
        Answer answer = http("PUT", path, admin(), "application/json", json);
        assertEquals(path + ": " + answer.body(), 200, answer.status());
    }

    private boolean installed(String feature) throws Exception {
        return features.isInstalled(features.getFeature(feature));
    }

    private void install(String feature) throws Exception {
        features.installFeature(feature, EnumSet.noneOf(FeaturesService.Option.class));
    }
}
