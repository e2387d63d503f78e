package io.tangram.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.tangram.platform.api.event.DomainEvent;
import io.tangram.platform.api.event.EventSubscriber;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;

/**
 * What every inventory container test shares: platform + inventory installed (nothing else), two
 * warehouses, a subscriber that records every inventory event it is delivered, and small helpers.
 */
public abstract class InventoryTestSupport extends TangramTestSupport {

    /** Every inventory event delivered through the platform's dispatcher to a subscriber of this test. */
    protected static final List<DomainEvent> DELIVERED = new CopyOnWriteArrayList<>();

    @Inject
    protected FeaturesService features;

    protected static long main;
    protected static long branch;

    @Before
    public void inventoryInstalled() throws Exception {
        awaitSuite();
        if (!features.isInstalled(features.getFeature("tangram-inventory"))) {
            features.installFeature("tangram-inventory", EnumSet.noneOf(FeaturesService.Option.class));
        }
        awaitApi("/api/inventory/warehouses");
        if (main == 0) {
            bundleContext.registerService(EventSubscriber.class, new RecordingSubscriber(), null);
            main = created("/api/inventory/warehouses", "{\"code\":\"MAIN\",\"name\":\"Main warehouse\",\"locations\":[\"A-01\"]}");
            branch = created("/api/inventory/warehouses", "{\"code\":\"BRANCH\",\"name\":\"Branch\"}");
        }
    }

    /** Records inventory events, as finance will consume them. */
    private static final class RecordingSubscriber implements EventSubscriber {
        @Override
        public String subscriberId() {
            return "itest.inventory-events";
        }

        @Override
        public Set<String> topics() {
            return Set.of("tangram/inventory/*");
        }

        @Override
        public StartPosition startPosition() {
            return StartPosition.BEGINNING;
        }

        @Override
        public void handle(DomainEvent event) {
            DELIVERED.add(event);
        }
    }

    /** The delivered events of a topic whose source is {@code sourceRef}, after waiting for them to arrive. */
    protected static List<JsonNode> delivered(String topic, String sourceRef, int atLeast) {
        await(atLeast + " " + topic + " events of " + sourceRef + " delivered", java.time.Duration.ofSeconds(30),
                () -> deliveredNow(topic, sourceRef).size() >= atLeast);
        return deliveredNow(topic, sourceRef);
    }

    private static List<JsonNode> deliveredNow(String topic, String sourceRef) {
        return DELIVERED.stream().filter(e -> e.topic().equals("tangram/inventory/" + topic))
                .filter(e -> sourceRef == null || sourceRef.equals(e.sourceRef()))
                .map(e -> {
                    try {
                        return JSON.readTree(e.payload());
                    } catch (java.io.IOException x) {
                        throw new AssertionError(e.payload(), x);
                    }
                }).toList();
    }

    protected static String goods(long productId, long warehouseId, String quantity, String unitCost) {
        return "{\"productId\":" + productId + ",\"warehouseId\":" + warehouseId + ",\"quantity\":" + quantity
                + (unitCost == null ? "" : ",\"unitCost\":" + unitCost) + "}";
    }

    protected static long newProduct(String code) {
        return created("/api/masterdata/products", "{\"code\":\"" + code + "\",\"name\":\"" + code
                + "\",\"unitCode\":\"PCS\",\"taxRateCode\":\"VAT13\",\"type\":\"STOCKED\",\"purchasePrice\":4.00}");
    }

    protected static long newSupplier(String code) {
        return created("/api/masterdata/parties", "{\"code\":\"" + code + "\",\"name\":\"" + code + " Trading Co.\","
                + "\"supplier\":true}");
    }

    protected static long created(String path, String json) {
        Answer answer = postJson(path, admin(), json);
        assertEquals(answer.body(), 201, answer.status());
        return answer.json().get("id").asLong();
    }

    protected static JsonNode post(String path, String json, int status) {
        Answer answer = postJson(path, admin(), json);
        assertEquals(path + ": " + answer.body(), status, answer.status());
        return answer.json();
    }

    protected static JsonNode put(String path, String json, int status) {
        Answer answer = http("PUT", path, admin(), "application/json", json);
        assertEquals(path + ": " + answer.body(), status, answer.status());
        return answer.json();
    }

    protected static JsonNode level(long productId, long warehouseId) {
        JsonNode levels = get("/api/inventory/stock?productId=" + productId + "&warehouseId=" + warehouseId, admin()).json();
        assertEquals(levels.toString(), 1, levels.size());
        return levels.get(0);
    }

    protected static void assertAmount(String expected, JsonNode actual) {
        assertEquals(expected + " vs " + actual, 0, new BigDecimal(expected).compareTo(actual.decimalValue()));
    }
}
