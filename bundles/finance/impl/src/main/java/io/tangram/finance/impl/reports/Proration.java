package io.tangram.finance.impl.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an amount in proportion to weights, rounded to cents so that the shares add up exactly to
 * the amount: each share is the rounded running total minus the rounded running total before it.
 */
public final class Proration {

    private Proration() {
    }

    /**
     * @param amount  what to split, scale 2 (may be negative)
     * @param weights positive weights, at least one
     * @return one share per weight, scale 2, summing to {@code amount}
     */
    public static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("nothing to split " + amount + " over");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w.signum() <= 0) {
                throw new IllegalArgumentException("weights must be positive: " + weights);
            }
            total = total.add(w);
        }
        List<BigDecimal> shares = new ArrayList<>(weights.size());
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal allocated = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < weights.size(); i++) {
            running = running.add(weights.get(i));
            BigDecimal upTo = i == weights.size() - 1 ? amount.setScale(2, RoundingMode.HALF_UP)
                    : amount.multiply(running).divide(total, 2, RoundingMode.HALF_UP);
            shares.add(upTo.subtract(allocated));
            allocated = upTo;
        }
        return shares;
    }
}
