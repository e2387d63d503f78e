package io.tangram.inventory.impl.replenishment;

import java.math.BigDecimal;

/**
 * The reorder settings of one product; any of them may be {@code null} (not set).
 *
 * @param reorderPoint    buy when projected stock is at or below it; {@code null}: never suggested
 * @param minimumQuantity smallest quantity worth ordering
 * @param maximumQuantity order up to this level
 * @param safetyStock     kept on top of the reorder point when there is no maximum
 */
public record ReorderLevels(BigDecimal reorderPoint, BigDecimal minimumQuantity, BigDecimal maximumQuantity,
                            BigDecimal safetyStock) {

    /** No reorder point: the product is never proposed. */
    public static final ReorderLevels NONE = new ReorderLevels(null, null, null, null);
}
