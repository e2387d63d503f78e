package io.tangram.inventory.impl.replenishment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The reorder-point rules of replenishment.
 * <ul>
 * <li>projected = on hand + open purchase − reserved;</li>
 * <li>a purchase is due when projected ≤ reorder point;</li>
 * <li>proposed = target − projected, where target is the maximum level if set, else reorder point +
 * safety stock + minimum quantity (missing values count as 0); at least the minimum quantity; and
 * never zero or less: when the target is already reached (a maximum below the reorder point, or every
 * level 0) one unit is proposed, so a due product is never suggested with nothing to buy.</li>
 * </ul>
 */
public final class ReorderProposal {

    private ReorderProposal() {
    }

    /** On hand + open purchase − reserved; {@code null} figures count as 0. */
    public static BigDecimal projected(BigDecimal onHand, BigDecimal openPurchase, BigDecimal reserved) {
        return zeroIfNull(onHand).add(zeroIfNull(openPurchase)).subtract(zeroIfNull(reserved));
    }

    /** Whether a purchase is due: there is a reorder point and projected stock is at or below it. */
    public static boolean due(ReorderLevels levels, BigDecimal projected) {
        return levels.reorderPoint() != null && projected.compareTo(levels.reorderPoint()) <= 0;
    }

    /** The quantity to buy, or empty when no purchase is due. */
    public static Optional<BigDecimal> quantity(ReorderLevels levels, BigDecimal projected) {
        if (!due(levels, projected)) {
            return Optional.empty();
        }
        BigDecimal minimum = zeroIfNull(levels.minimumQuantity());
        BigDecimal target = levels.maximumQuantity() != null ? levels.maximumQuantity()
                : levels.reorderPoint().add(zeroIfNull(levels.safetyStock())).add(minimum);
        BigDecimal proposed = target.subtract(projected).max(minimum);
        if (proposed.signum() <= 0) {
            proposed = BigDecimal.ONE;
        }
        return Optional.of(proposed);
    }

    /**
     * Whether a change of projected stock from {@code before} to {@code after} crossed the reorder
     * point downwards: above it before, at or below it after. Stock that was already low does not
     * cross again, so a warning is raised once per fall.
     */
    public static boolean fellToReorderPoint(ReorderLevels levels, BigDecimal before, BigDecimal after) {
        return levels.reorderPoint() != null && before.compareTo(levels.reorderPoint()) > 0
                && after.compareTo(levels.reorderPoint()) <= 0;
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
