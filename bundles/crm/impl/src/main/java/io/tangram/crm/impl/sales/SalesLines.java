package io.tangram.crm.impl.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of quote, order and shipment lines: the discounted unit price (6 decimals), the net
 * amount (quantity × net unit price, cents, half up) and the VAT on it (cents, half up). A shipment
 * is priced the same way, line by line, exactly as finance prices the invoice it becomes; so the
 * invoices of an order shipped in parts may differ from the order total by rounding cents.
 */
public final class SalesLines {
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private SalesLines() {
    }

    /** Amounts of one line. */
    public record Amounts(BigDecimal netUnitPrice, BigDecimal net, BigDecimal tax) {
    }

    /** Net and VAT totals of a document. */
    public record Totals(BigDecimal net, BigDecimal tax, BigDecimal total) {
    }

    public static BigDecimal netUnitPrice(BigDecimal unitPrice, BigDecimal discountPercent) {
        BigDecimal factor = BigDecimal.ONE.subtract(discountPercent.divide(HUNDRED));
        return unitPrice.multiply(factor).setScale(6, RoundingMode.HALF_UP);
    }

    public static Amounts line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate) {
        BigDecimal netUnit = netUnitPrice(unitPrice, discountPercent);
        BigDecimal net = quantity.multiply(netUnit).setScale(2, RoundingMode.HALF_UP);
        return new Amounts(netUnit, net, tax(net, taxRate));
    }

    public static BigDecimal tax(BigDecimal net, BigDecimal taxRate) {
        return net.multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
    }

    /** What shipping {@code quantity} of a line is worth: priced per shipment the way finance prices an invoice line. */
    public static Amounts shipped(BigDecimal netUnitPrice, BigDecimal taxRate, BigDecimal quantity) {
        return line(quantity, netUnitPrice, BigDecimal.ZERO, taxRate);
    }

    public static Totals totals(List<Amounts> lines) {
        BigDecimal net = BigDecimal.ZERO.setScale(2);
        BigDecimal tax = BigDecimal.ZERO.setScale(2);
        for (Amounts a : lines) {
            net = net.add(a.net());
            tax = tax.add(a.tax());
        }
        return new Totals(net, tax, net.add(tax));
    }
}
