package io.tangram.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Inventory with only the platform installed: warehouses, receipts at moving-average cost, issues,
 * transfers, adjustments, reversals, valuation, reservations that never oversell under concurrency,
 * the durable events of every posting, and uninstall/reinstall keeping the stock.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InventoryIT extends InventoryTestSupport {

    private static long product;

    @Before
    public void aProduct() {
        if (product == 0) {
            product = created("/api/masterdata/products", "{\"code\":\"INV-IT-1\",\"name\":\"Copper wire\","
                    + "\"unitCode\":\"KG\",\"taxRateCode\":\"VAT13\",\"category\":\"Metals\",\"type\":\"STOCKED\"}");
        }
    }

    @Test
    public void receiptsIssuesTransfersAndValuationAtMovingAverageCost() throws Exception {
        long wire = newProduct("INV-IT-MA");
        JsonNode r1 = post("/api/inventory/stock/receipts", goods(wire, main, "10", "5.00"), 201);
        assertEquals(0, new BigDecimal("50.00").compareTo(r1.get("value").get("amount").decimalValue()));
        post("/api/inventory/stock/receipts", goods(wire, main, "30", "6.00"), 201);
        // average (50 + 180) / 40 = 5.75; issuing 8 costs 46.00
        JsonNode issue = post("/api/inventory/stock/issues", goods(wire, main, "8", null), 201);
        assertEquals(0, new BigDecimal("-46.00").compareTo(issue.get("value").get("amount").decimalValue()));
        assertEquals(0, new BigDecimal("5.75").compareTo(issue.get("unitCost").decimalValue()));

        JsonNode level = level(wire, main);
        assertEquals(0, new BigDecimal("32").compareTo(level.get("onHand").decimalValue()));
        assertEquals(0, new BigDecimal("184.00").compareTo(level.get("value").get("amount").decimalValue()));

        JsonNode halves = post("/api/inventory/stock/transfers", "{\"productId\":" + wire + ",\"fromWarehouseId\":" + main
                + ",\"toWarehouseId\":" + branch + ",\"quantity\":12}", 201);
        assertEquals(2, halves.size());
        assertEquals(0, new BigDecimal("12").compareTo(level(wire, branch).get("onHand").decimalValue()));
        assertEquals(0, new BigDecimal("69.00").compareTo(level(wire, branch).get("value").get("amount").decimalValue()));

        JsonNode loss = post("/api/inventory/stock/adjustments", "{\"productId\":" + wire + ",\"warehouseId\":" + main
                + ",\"quantity\":-2,\"note\":\"damaged in storage\"}", 201);
        assertEquals(0, new BigDecimal("-11.50").compareTo(loss.get("value").get("amount").decimalValue()));
        JsonNode reversal = post("/api/inventory/stock/moves/" + loss.get("id").asLong() + "/reversal",
                "{\"reason\":\"found again\"}", 201);
        assertEquals(0, new BigDecimal("11.50").compareTo(reversal.get(0).get("value").get("amount").decimalValue()));
        Answer again = postJson("/api/inventory/stock/moves/" + loss.get("id").asLong() + "/reversal", admin(),
                "{\"reason\":\"twice\"}");
        assertEquals(again.body(), 409, again.status());

        JsonNode valuation = get("/api/inventory/stock/valuation", admin()).json();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode line : valuation.get("lines")) {
            if (line.get("productId").asLong() == wire) {
                total = total.add(line.get("value").get("amount").decimalValue());
            }
        }
        assertEquals("valuation of the ledger = 230 received − 46 issued", 0, new BigDecimal("184.00").compareTo(total));
        JsonNode yesterday = get("/api/inventory/stock/valuation?at=2000-01-01", admin()).json();
        assertEquals(0, yesterday.get("lines").size());
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        long before = count("SELECT COUNT(*) FROM inv_stock_move");
        Answer bad = postJson("/api/inventory/stock/receipts", admin(), "{\"productId\":" + product + ",\"quantity\":-1}");
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"warehouseId\"") && bad.body().contains("\"quantity\""));
        Answer tooMuch = postJson("/api/inventory/stock/issues", admin(), goods(product, branch, "100000", null));
        assertEquals(tooMuch.body(), 409, tooMuch.status());
        assertTrue(tooMuch.body(), tooMuch.body().contains("available"));
        Answer date = get("/api/inventory/stock/valuation?at=yesterday", admin());
        assertEquals(date.body(), 400, date.status());
        assertTrue(date.body(), date.body().contains("\"at\""));
        assertEquals(before, count("SELECT COUNT(*) FROM inv_stock_move"));
        assertEquals(401, get("/api/inventory/stock", null).status());
    }

    @Test
    public void parallelReservationsForTheLastUnitsNeverOversell() throws Exception {
        long bolts = newProduct("INV-IT-RES");
        post("/api/inventory/stock/receipts", goods(bolts, main, "10", "1.00"), 201);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String order = "SO-IT-" + i;
            Callable<Integer> reserve = () -> postJson("/api/inventory/reservations", admin(), "{\"productId\":" + bolts
                    + ",\"warehouseId\":" + main + ",\"quantity\":1,\"documentType\":\"SO\",\"documentRef\":\"" + order + "\"}")
                    .status();
            answers.add(pool.submit(reserve));
        }
        int reserved = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            reserved += status == 201 ? 1 : 0;
            refused += status == 409 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(10, reserved);
        assertEquals(10, refused);
        JsonNode level = level(bolts, main);
        assertEquals(0, new BigDecimal("10").compareTo(level.get("reserved").decimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(level.get("available").decimalValue()));
        Answer more = postJson("/api/inventory/stock/issues", admin(), goods(bolts, main, "1", null));
        assertEquals("reserved stock cannot be issued to someone else", 409, more.status());

        // Which ten of the twenty orders won the race is chance: issue from the first that did.
        long reservation = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> get("/api/inventory/reservations?documentType=SO&documentRef=SO-IT-" + i, admin()).json())
                .filter(found -> found.size() == 1).findFirst().orElseThrow().get(0).get("id").asLong();
        post("/api/inventory/reservations/" + reservation + "/issue", "{\"quantity\":1}", 201);
        assertEquals(0, new BigDecimal("9").compareTo(level(bolts, main).get("onHand").decimalValue()));
    }

    @Test
    public void everyPostingIsADurableEvent() throws Exception {
        long before = count("SELECT COUNT(*) FROM plat_outbox WHERE topic LIKE 'tangram/inventory/%'");
        long nuts = newProduct("INV-IT-EV");
        post("/api/inventory/stock/receipts", goods(nuts, main, "5", "2.00"), 201);
        post("/api/inventory/stock/issues", goods(nuts, main, "1", null), 201);
        post("/api/inventory/stock/adjustments", "{\"productId\":" + nuts + ",\"warehouseId\":" + main
                + ",\"quantity\":1,\"note\":\"found\"}", 201);
        post("/api/inventory/stock/transfers", "{\"productId\":" + nuts + ",\"fromWarehouseId\":" + main
                + ",\"toWarehouseId\":" + branch + ",\"quantity\":1}", 201);
        assertEquals(before + 4, count("SELECT COUNT(*) FROM plat_outbox WHERE topic LIKE 'tangram/inventory/%'"));
        for (String topic : new String[] {"GoodsReceived", "GoodsIssued", "StockAdjusted", "StockTransferred"}) {
            assertTrue(topic, count("SELECT COUNT(*) FROM plat_outbox WHERE topic = ?", "tangram/inventory/" + topic) > 0);
        }
        JsonNode issued = delivered("GoodsIssued", null, 1).stream()
                .filter(e -> e.get("productId").asLong() == nuts).findFirst().orElseThrow();
        assertAmount("2.00", issued.get("value"));
        assertAmount("2.000000", issued.get("unitCost"));
        assertTrue(delivered("StockTransferred", null, 1).stream().anyMatch(e -> e.get("productId").asLong() == nuts));
    }

    @Test
    public void uninstallAndReinstallKeepTheStock() throws Exception {
        long kept = newProduct("INV-IT-KEEP");
        post("/api/inventory/stock/receipts", goods(kept, main, "7", "3.00"), 201);
        features.uninstallFeature("tangram-inventory", EnumSet.noneOf(FeaturesService.Option.class));
        await("inventory endpoints gone", java.time.Duration.ofSeconds(30),
                () -> get("/api/inventory/stock", admin()).status() == 404);
        assertEquals(1, count("SELECT COUNT(*) FROM inv_stock_balance WHERE product_id = ?", kept));
        features.installFeature("tangram-inventory", EnumSet.noneOf(FeaturesService.Option.class));
        awaitApi("/api/inventory/stock");
        assertEquals(0, new BigDecimal("7").compareTo(level(kept, main).get("onHand").decimalValue()));
        assertEquals("V1 and V2, each applied once", 2,
                count("SELECT COUNT(*) FROM plat_schema_history WHERE module = 'inventory'"));
    }

    @Test
    public void theModuleDeclaresItsPermissions() {
        JsonNode permissions = get("/api/platform/permissions", admin()).json();
        assertTrue(permissions.toString(), permissions.toString().contains("inventory.stock.move"));
    }
}
