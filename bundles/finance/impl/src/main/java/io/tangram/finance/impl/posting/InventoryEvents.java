package io.tangram.finance.impl.posting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.tangram.finance.api.posting.PostingEventKind;
import io.tangram.inventory.api.InventoryTopics;

/**
 * Reads inventory's events (see {@link InventoryTopics} for their payloads) into what they post.
 * A goods receipt posts its lines' values; a goods issue its cost; an adjustment or stocktake
 * variance a gain or a loss; a reversed receipt or issue the opposite of the original's rule;
 * transfers between warehouses move no value between accounts and post nothing.
 */
final class InventoryEvents {
    static final Set<String> TOPICS = Set.of(InventoryTopics.GOODS_RECEIVED, InventoryTopics.GOODS_ISSUED,
            InventoryTopics.STOCK_ADJUSTED, InventoryTopics.STOCK_TRANSFERRED);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private InventoryEvents() {
    }

    /** What the event posts; empty when its topic is not one finance posts. */
    static Optional<EventPosting> read(String topic, String payload) {
        JsonNode p;
        try {
            p = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload is not JSON: " + e.getOriginalMessage(), e);
        }
        return switch (topic) {
            case InventoryTopics.GOODS_RECEIVED -> Optional.of(received(p));
            case InventoryTopics.GOODS_ISSUED -> Optional.of(issued(p));
            case InventoryTopics.STOCK_ADJUSTED -> Optional.of(adjusted(p));
            case InventoryTopics.STOCK_TRANSFERRED -> Optional.of(new EventPosting("ST", "move-" + text(p, "outMoveId"),
                    "调拨 / Transfer", null, List.of()));
            default -> Optional.empty();
        };
    }

    private static EventPosting received(JsonNode p) {
        String number = text(p, "number");
        String ref = number != null ? number : "move-" + text(p, "moveId");
        String po = text(p, "purchaseOrder");
        List<EventPosting.Amount> amounts = new ArrayList<>();
        for (JsonNode line : p.path("lines")) {
            amounts.add(new EventPosting.Amount(PostingEventKind.GOODS_RECEIVED, text(line, "category"),
                    decimal(line, "taxRate"), decimal(line, "value")));
        }
        String description = "入库 " + ref + (po == null ? "" : "（" + po + "）") + " / Goods received " + ref
                + (po == null ? "" : " for " + po);
        return new EventPosting("GR", ref, description, longOrNull(p, "supplierId"), amounts);
    }

    private static EventPosting issued(JsonNode p) {
        String document = join(text(p, "sourceType"), text(p, "sourceRef"));
        String what = text(p, "productCode") + " × " + text(p, "quantity");
        String description = "出库 " + what + (document.isEmpty() ? "" : "（" + document + "）") + " / Goods issued " + what
                + (document.isEmpty() ? "" : " for " + document);
        return new EventPosting("GI", "move-" + text(p, "moveId"), description, null, List.of(new EventPosting.Amount(
                PostingEventKind.GOODS_ISSUED, text(p, "category"), null, decimal(p, "value"))));
    }

    private static EventPosting adjusted(JsonNode p) {
        String moveType = text(p, "moveType");
        String category = text(p, "category");
        BigDecimal value = decimal(p, "value");
        String reverses = text(p, "reversesMoveId");
        String what = text(p, "productCode") + " " + text(p, "quantity");
        String reason = text(p, "reason");
        String ref = "move-" + text(p, "moveId");
        List<EventPosting.Amount> amounts = new ArrayList<>();
        String zh;
        String en;
        switch (moveType == null ? "" : moveType) {
            case "RECEIPT" -> {
                amounts.add(new EventPosting.Amount(PostingEventKind.GOODS_RECEIVED, category, null, value));
                zh = "冲销入库";
                en = "Receipt reversed";
            }
            case "ISSUE" -> {
                amounts.add(new EventPosting.Amount(PostingEventKind.GOODS_ISSUED, category, null, value.negate()));
                zh = "冲销出库";
                en = "Issue reversed";
            }
            case "ADJUSTMENT", "STOCKTAKE" -> {
                if (value.signum() >= 0) {
                    amounts.add(new EventPosting.Amount(PostingEventKind.STOCK_GAIN, category, null, value));
                } else {
                    amounts.add(new EventPosting.Amount(PostingEventKind.STOCK_LOSS, category, null, value.negate()));
                }
                zh = "STOCKTAKE".equals(moveType) ? "盘点差异" : "库存调整";
                en = "STOCKTAKE".equals(moveType) ? "Stocktake variance" : "Stock adjustment";
            }
            default -> {
                zh = "调拨冲销";
                en = "Transfer reversed";
            }
        }
        String tail = what + (reverses == null ? "" : " (move " + reverses + ")") + (reason == null ? "" : ": " + reason);
        return new EventPosting("SA", ref, zh + " " + tail + " / " + en + " " + tail, null, amounts);
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long longOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asLong();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : new BigDecimal(v.asText());
    }
}
