package io.tangram.inventory.impl.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Net, tax and total of purchase order lines. Each line is rounded on its own, half up to the
 * currency's scale: net = quantity × unit price, tax = net × rate; the order totals are the sums of
 * the rounded lines, so the lines always add up to the header.
 */
public final class OrderAmounts {

    private OrderAmounts() {
    }

    /** Amounts of one line at the currency's scale. */
    public record Line(BigDecimal net, BigDecimal tax) {
        public Line {
            Objects.requireNonNull(net, "net");
            Objects.requireNonNull(tax, "tax");
        }

        public BigDecimal total() {
            return net.add(tax);
        }
    }

    /** Sums of an order's lines at the currency's scale. */
    public record Totals(BigDecimal net, BigDecimal tax, BigDecimal total) {
    }

    /**
     * One line's amounts.
     *
     * @param taxRate fraction, e.g. {@code 0.13} for 13 %
     * @param scale   decimals of the order currency (2 for CNY)
     */
    public static Line line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, int scale) {
        BigDecimal net = quantity.multiply(unitPrice).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal tax = net.multiply(taxRate).setScale(scale, RoundingMode.HALF_UP);
        return new Line(net, tax);
    }

    /** The order totals: sums of the (already rounded) lines. */
    public static Totals totals(List<Line> lines, int scale) {
        BigDecimal net = BigDecimal.ZERO.setScale(scale);
        BigDecimal tax = BigDecimal.ZERO.setScale(scale);
        for (Line line : lines) {
            net = net.add(line.net());
            tax = tax.add(line.tax());
        }
        return new Totals(net, tax, net.add(tax));
    }
}
