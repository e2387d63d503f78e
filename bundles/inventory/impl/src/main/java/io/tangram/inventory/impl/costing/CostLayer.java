package io.tangram.inventory.impl.costing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A FIFO cost layer: the quantity still in stock from one receipt (or one transferred-in take) and the unit
 * cost it came in at. Layers are consumed lowest {@code layerRef} first because stock move ids ascend with time.
 *
 * @param layerRef  id of the stock move that created the layer
 * @param remaining quantity of the layer still in stock
 * @param unitCost  cost of one unit of the layer, scale 6
 */
public record CostLayer(long layerRef, BigDecimal remaining, BigDecimal unitCost) {

    /** Rejects missing amounts; the valuation checks the signs when it loads layers. */
    public CostLayer {
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(unitCost, "unitCost");
    }
}
