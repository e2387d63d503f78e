package io.tangram.inventory.impl.costing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The part of one FIFO layer consumed by an outgoing move. Kept with the move so that a reversal or a
 * transfer can bring the goods back at exactly the cost they left with.
 *
 * @param layerRef id of the stock move that created the consumed layer
 * @param quantity quantity taken from the layer
 * @param unitCost unit cost of the layer, scale 6
 */
public record LayerTake(long layerRef, BigDecimal quantity, BigDecimal unitCost) {

    /** Rejects missing amounts; the valuation checks the signs when it receives takes back. */
    public LayerTake {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitCost, "unitCost");
    }
}
