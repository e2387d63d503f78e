package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Purchasing, stocktakes and replenishment through REST with only the platform and inventory
 * installed: a purchase order from draft to received at moving-average cost, a stocktake posting its
 * variances, and reorder-point suggestions and shortages turning into purchase orders.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PurchasingIT extends InventoryTestSupport {

    @Test
    public void aPurchaseOrderGoesFromDraftToReceivedAndUpdatesTheMovingAverageCost() throws Exception {
        long supplier = newSupplier("SUP-PO");
        long cable = newProduct("PO-CABLE");
        post("/api/inventory/stock/receipts", goods(cable, main, "10", "5.00"), 201);

        JsonNode po = post("/api/inventory/purchase-orders", "{\"supplierId\":" + supplier + ",\"warehouseId\":" + main
                + ",\"expectedDate\":\"2026-12-15\",\"lines\":[{\"productId\":" + cable
                + ",\"quantity\":30,\"unitPrice\":6.00,\"taxRateCode\":\"VAT13\"}]}", 201);
        long id = po.get("id").asLong();
        String number = po.get("number").asText();
        long line = po.get("lines").get(0).get("id").asLong();
        assertTrue(number, number.matches("PO-\\d{4}-\\d{6}"));
        assertEquals("DRAFT", po.get("status").asText());
        assertAmount("180.00", po.get("totalNet").get("amount"));
        assertAmount("23.40", po.get("totalTax").get("amount"));
        assertAmount("203.40", po.get("total").get("amount"));

        Answer early = postJson("/api/inventory/purchase-orders/" + id + "/receipts", admin(), receipt(line, "1"));
        assertEquals("a draft cannot be received: " + early.body(), 409, early.status());
        assertEquals("SUBMITTED", post("/api/inventory/purchase-orders/" + id + "/submit", "{}", 200).get("status").asText());

        http("PUT", "/api/platform/roles/buyer", admin(), "application/json", "{\"description\":\"Buys\",\"permissions\":"
                + "[\"inventory.purchase.read\",\"inventory.purchase.write\"]}");
        postJson("/api/platform/users", admin(), "{\"username\":\"buyer\",\"displayName\":\"Wang Buyer\","
                + "\"password\":\"Buyer-Pass-2026\",\"roles\":[\"buyer\"]}");
        Answer notAllowed = postJson("/api/inventory/purchase-orders/" + id + "/approve", basic("buyer", "Buyer-Pass-2026"), "{}");
        assertEquals(notAllowed.body(), 403, notAllowed.status());
        JsonNode approved = post("/api/inventory/purchase-orders/" + id + "/approve", "{}", 200);
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals(ADMIN, approved.get("approvedBy").asText());

        JsonNode first = post("/api/inventory/purchase-orders/" + id + "/receipts", receipt(line, "12"), 201);
        assertAmount("72.00", first.get("totalValue").get("amount"));
        assertEquals("PARTIALLY_RECEIVED", get("/api/inventory/purchase-orders/" + id, admin()).json().get("status").asText());
        // (10 × 5.00 + 12 × 6.00) / 22 = 122.00 / 22
        assertAmount("22", level(cable, main).get("onHand"));
        assertAmount("122.00", level(cable, main).get("value").get("amount"));

        long moves = count("SELECT COUNT(*) FROM inv_stock_move");
        Answer over = postJson("/api/inventory/purchase-orders/" + id + "/receipts", admin(), receipt(line, "19"));
        assertEquals("18 are still open, 19 is an over-receipt: " + over.body(), 409, over.status());
        assertTrue(over.body(), over.body().contains("PO-CABLE"));
        assertEquals(moves, count("SELECT COUNT(*) FROM inv_stock_move"));

        post("/api/inventory/purchase-orders/" + id + "/receipts", receipt(line, "18"), 201);
        JsonNode received = get("/api/inventory/purchase-orders/" + id, admin()).json();
        assertEquals("RECEIVED", received.get("status").asText());
        assertAmount("30", received.get("lines").get(0).get("receivedQuantity"));
        assertAmount("40", level(cable, main).get("onHand"));
        assertAmount("230.00", level(cable, main).get("value").get("amount"));
        // moving average 230 / 40 = 5.75: issuing 8 costs 46.00
        JsonNode issue = post("/api/inventory/stock/issues", goods(cable, main, "8", null), 201);
        assertAmount("-46.00", issue.get("value").get("amount"));
        assertEquals(2, get("/api/inventory/purchase-orders/" + id + "/receipts", admin()).json().size());
        assertEquals(409, postJson("/api/inventory/purchase-orders/" + id + "/cancel", admin(), "{\"reason\":\"late\"}").status());

        await("both receipts of " + number + " delivered", java.time.Duration.ofSeconds(30),
                () -> delivered("GoodsReceived", null, 1).stream()
                        .filter(e -> number.equals(e.path("purchaseOrder").asText())).count() == 2);
        List<JsonNode> events = delivered("GoodsReceived", null, 1).stream()
                .filter(e -> number.equals(e.path("purchaseOrder").asText())).toList();
        assertEquals(supplier, events.get(0).get("supplierId").asLong());
        assertAmount("72.00", events.get(0).get("totalValue"));
        assertAmount("12", events.get(0).get("lines").get(0).get("quantity"));
        assertAmount("108.00", events.get(1).get("totalValue"));
        assertEquals(1, count("SELECT COUNT(*) FROM plat_outbox WHERE topic = 'tangram/inventory/PurchaseOrderApproved'"
                + " AND source_ref = ?", number));
    }

    @Test
    public void badPurchaseOrdersAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        long orders = count("SELECT COUNT(*) FROM inv_purchase_order");
        Answer empty = postJson("/api/inventory/purchase-orders", admin(), "{\"warehouseId\":" + main + ",\"lines\":[]}");
        assertEquals(empty.body(), 400, empty.status());
        assertTrue(empty.body(), empty.body().contains("\"supplierId\""));
        long product = newProduct("PO-BAD");
        long supplier = newSupplier("SUP-BAD");
        Answer badLine = postJson("/api/inventory/purchase-orders", admin(), "{\"supplierId\":" + supplier
                + ",\"warehouseId\":" + main + ",\"lines\":[{\"productId\":" + product + ",\"quantity\":-3,\"unitPrice\":1}]}");
        assertEquals(badLine.body(), 400, badLine.status());
        assertTrue(badLine.body(), badLine.body().contains("lines[") && badLine.body().contains("quantity"));
        long customer = created("/api/masterdata/parties", "{\"code\":\"CUS-BAD\",\"name\":\"Only a customer\","
                + "\"customer\":true}");
        Answer notASupplier = postJson("/api/inventory/purchase-orders", admin(), "{\"supplierId\":" + customer
                + ",\"warehouseId\":" + main + ",\"lines\":[{\"productId\":" + product + ",\"quantity\":1,\"unitPrice\":1}]}");
        assertEquals(notASupplier.body(), 400, notASupplier.status());
        assertTrue(notASupplier.body(), notASupplier.body().contains("\"supplierId\""));
        assertEquals(400, get("/api/inventory/purchase-orders?status=SHIPPED", admin()).status());
        assertEquals(orders, count("SELECT COUNT(*) FROM inv_purchase_order"));
        assertEquals(401, get("/api/inventory/purchase-orders", null).status());
    }

    @Test
    public void aStocktakePostsItsVariancesAsStockMoves() throws Exception {
        long screws = newProduct("ST-SCREW");
        long nails = newProduct("ST-NAIL");
        post("/api/inventory/stock/receipts", goods(screws, branch, "50", "1.00"), 201);
        post("/api/inventory/stock/receipts", goods(nails, branch, "20", "2.00"), 201);

        JsonNode sheet = post("/api/inventory/stocktakes", "{\"companyId\":1,\"warehouseId\":" + branch + "}", 201);
        long id = sheet.get("id").asLong();
        assertEquals("COUNTING", sheet.get("status").asText());
        Answer second = postJson("/api/inventory/stocktakes", admin(), "{\"companyId\":1,\"warehouseId\":" + branch + "}");
        assertEquals("one count at a time per warehouse: " + second.body(), 409, second.status());
        assertEquals(409, postJson("/api/inventory/stocktakes/" + id + "/post", admin(), "{}").status());

        StringBuilder counts = new StringBuilder("[");
        for (JsonNode line : sheet.get("lines")) {
            long product = line.get("productId").asLong();
            String counted = product == screws ? "47" : product == nails ? "21" : line.get("bookQuantity").asText();
            if (product == screws) {
                assertAmount("50", line.get("bookQuantity"));
            }
            counts.append(counts.length() > 1 ? "," : "").append("{\"productId\":").append(product)
                    .append(",\"counted\":").append(counted).append('}');
        }
        Answer negative = http("PUT", "/api/inventory/stocktakes/" + id + "/counts", admin(), "application/json",
                "[{\"productId\":" + screws + ",\"counted\":-1}]");
        assertEquals(negative.body(), 400, negative.status());
        assertTrue(negative.body(), negative.body().contains("counted"));
        put("/api/inventory/stocktakes/" + id + "/counts", counts.append(']').toString(), 200);

        JsonNode posted = post("/api/inventory/stocktakes/" + id + "/post", "{}", 200);
        assertEquals("POSTED", posted.get("status").asText());
        // 3 screws lost at 1.00, 1 nail found at 2.00
        assertAmount("-1.00", posted.get("varianceValue").get("amount"));
        assertAmount("47", level(screws, branch).get("onHand"));
        assertAmount("21", level(nails, branch).get("onHand"));
        assertEquals(2, count("SELECT COUNT(*) FROM inv_stock_move WHERE move_type = 'STOCKTAKE' AND warehouse_id = ?", branch));
        assertTrue(delivered("StockAdjusted", null, 2).stream()
                .anyMatch(e -> "STOCKTAKE".equals(e.get("moveType").asText()) && e.get("productId").asLong() == screws));

        JsonNode next = post("/api/inventory/stocktakes", "{\"companyId\":1,\"warehouseId\":" + branch + "}", 201);
        assertEquals("CANCELLED", post("/api/inventory/stocktakes/" + next.get("id").asLong() + "/cancel", "{}", 200)
                .get("status").asText());
    }

    @Test
    public void reorderSuggestionsAndShortagesBecomePurchaseOrders() throws Exception {
        long supplier = newSupplier("SUP-RE");
        long bolt = newProduct("RE-BOLT");
        Answer badLevels = http("PUT", "/api/inventory/products/" + bolt + "/stock-settings", admin(), "application/json",
                "{\"reorderPoint\":20,\"maximumQuantity\":10}");
        assertEquals(badLevels.body(), 400, badLevels.status());
        assertTrue(badLevels.body(), badLevels.body().contains("maximumQuantity"));
        put("/api/inventory/products/" + bolt + "/stock-settings", "{\"reorderPoint\":20,\"maximumQuantity\":100,"
                + "\"preferredSupplierId\":" + supplier + ",\"defaultWarehouseId\":" + main + "}", 200);
        post("/api/inventory/stock/receipts", goods(bolt, main, "15", "4.00"), 201);
        post("/api/inventory/reservations", "{\"productId\":" + bolt + ",\"warehouseId\":" + main
                + ",\"quantity\":5,\"documentType\":\"SO\",\"documentRef\":\"SO-RE-1\"}", 201);

        JsonNode suggestion = suggestion(bolt);
        assertNotNull("15 on hand − 5 reserved = 10 ≤ reorder point 20", suggestion);
        assertAmount("10", suggestion.get("projected"));
        assertAmount("90", suggestion.get("proposedQuantity"));
        assertEquals(supplier, suggestion.get("supplierId").asLong());

        JsonNode shortage = post("/api/inventory/requisitions", "{\"productId\":" + bolt + ",\"warehouseId\":" + main
                + ",\"quantity\":7,\"sourceType\":\"SO\",\"sourceRef\":\"SO-RE-2\"}", 201);
        assertEquals("OPEN", shortage.get("status").asText());
        JsonNode created = post("/api/inventory/replenishment/purchase-orders", "{\"companyId\":1,\"lines\":[{\"productId\":"
                + bolt + ",\"warehouseId\":" + main + ",\"quantity\":90}],\"requisitionIds\":[" + shortage.get("id").asLong()
                + "]}", 201);
        assertEquals("one supplier, one warehouse: one order", 1, created.size());
        JsonNode po = created.get(0);
        assertEquals("DRAFT", po.get("status").asText());
        assertEquals(supplier, po.get("supplierId").asLong());
        java.math.BigDecimal ordered = java.math.BigDecimal.ZERO;
        for (JsonNode line : po.get("lines")) {
            ordered = ordered.add(line.get("quantity").decimalValue());
        }
        assertEquals(0, new java.math.BigDecimal("97").compareTo(ordered));
        JsonNode requisition = get("/api/inventory/requisitions?status=ORDERED", admin()).json();
        assertTrue(requisition.toString(), requisition.toString().contains(po.get("number").asText()));

        long id = po.get("id").asLong();
        post("/api/inventory/purchase-orders/" + id + "/submit", "{}", 200);
        post("/api/inventory/purchase-orders/" + id + "/approve", "{}", 200);
        assertEquals("97 on order lift the projection above the reorder point", null, suggestion(bolt));
        JsonNode open = get("/api/inventory/reports/open-purchases", admin()).json();
        assertTrue(open.toString(), open.toString().contains("SUP-RE"));
        assertEquals(200, get("/api/inventory/reports/turnover?from=2026-01-01&to=2026-12-31", admin()).status());
        assertEquals(200, get("/api/inventory/reports/slow-movers?from=2026-01-01&to=2026-12-31", admin()).status());
        assertEquals(200, get("/api/inventory/reports/below-reorder", admin()).status());
        assertEquals(400, get("/api/inventory/reports/turnover?from=someday", admin()).status());
    }

    @Test
    public void aProductFallingToItsReorderPointRaisesLowStock() throws Exception {
        long lamp = newProduct("LOW-LAMP");
        put("/api/inventory/products/" + lamp + "/stock-settings", "{\"reorderPoint\":5}", 200);
        post("/api/inventory/stock/receipts", goods(lamp, main, "10", "3.00"), 201);
        post("/api/inventory/stock/issues", goods(lamp, main, "6", null), 201);
        await("LowStock of LOW-LAMP delivered", java.time.Duration.ofSeconds(30),
                () -> delivered("LowStock", null, 1).stream().anyMatch(e -> e.get("productId").asLong() == lamp));
    }

    @Test
    public void aScannedBarcodeFindsTheProductAndItsStock() throws Exception {
        long scanned = created("/api/masterdata/products", "{\"code\":\"BC-TAPE\",\"name\":\"Tape\",\"unitCode\":\"PCS\","
                + "\"taxRateCode\":\"VAT13\",\"type\":\"STOCKED\",\"barcode\":\"6901234567892\"}");
        post("/api/inventory/stock/receipts", goods(scanned, main, "3", "1.50"), 201);
        JsonNode found = get("/api/inventory/products/by-barcode/6901234567892", admin()).json();
        assertTrue(found.toString(), found.toString().contains("BC-TAPE"));
        assertEquals(404, get("/api/inventory/products/by-barcode/0000000000000", admin()).status());
    }

    private static JsonNode suggestion(long productId) {
        for (JsonNode s : get("/api/inventory/replenishment/suggestions?warehouseId=" + main, admin()).json()) {
            if (s.get("productId").asLong() == productId) {
                return s;
            }
        }
        return null;
    }

    private static String receipt(long lineId, String quantity) {
        return "{\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":" + quantity + "}]}";
    }
}
