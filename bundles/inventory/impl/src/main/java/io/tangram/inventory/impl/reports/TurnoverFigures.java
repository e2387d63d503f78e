package io.tangram.inventory.impl.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stock turnover of a period from its cost of goods issued and its opening and closing stock value.
 * <ul>
 * <li>average value = (opening + closing) ÷ 2, shown at the currency scale (half up);</li>
 * <li>turnover = cost of goods issued ÷ exact average value, 2 decimals half up; {@code null} when the
 * average is zero or negative (no stock to turn over);</li>
 * <li>days of inventory = period days × exact average ÷ cost of goods issued (= period days ÷ exact
 * turnover), 1 decimal half up; {@code null} when nothing was issued (net of reversals).</li>
 * </ul>
 *
 * @param periodDays days from the first to the last day of the period, both included
 */
public record TurnoverFigures(BigDecimal costOfGoodsIssued, BigDecimal openingValue, BigDecimal closingValue,
                              long periodDays, int valueScale) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private BigDecimal exactAverage() {
        return openingValue.add(closingValue).divide(TWO);
    }

    public BigDecimal averageValue() {
        return exactAverage().setScale(valueScale, RoundingMode.HALF_UP);
    }

    public BigDecimal turnover() {
        BigDecimal average = exactAverage();
        return average.signum() <= 0 ? null : costOfGoodsIssued.divide(average, 2, RoundingMode.HALF_UP);
    }

    public BigDecimal daysOfInventory() {
        BigDecimal average = exactAverage();
        if (average.signum() <= 0 || costOfGoodsIssued.signum() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(periodDays).multiply(average).divide(costOfGoodsIssued, 1, RoundingMode.HALF_UP);
    }
}
