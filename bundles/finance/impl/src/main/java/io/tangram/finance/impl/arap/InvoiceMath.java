package io.tangram.finance.impl.arap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import io.tangram.finance.api.arap.InvoiceStatus;

/**
 * Amounts of invoice lines in the company currency (2 decimals): net = quantity × net unit price,
 * rounded half-up; VAT = net × rate, rounded half-up, per line; an invoice's totals are the sums of
 * its lines, so the printed lines always add up to the total.
 */
public final class InvoiceMath {
    public static final int SCALE = 2;
    public static final int QUANTITY_SCALE = 4;
    public static final int PRICE_SCALE = 6;

    /** The VAT rates in force in China (general 13/9/6 %, small-scale and simplified 1/3/5 %, zero-rated). */
    public static final List<BigDecimal> RATES = List.of(new BigDecimal("0"), new BigDecimal("0.01"),
            new BigDecimal("0.03"), new BigDecimal("0.05"), new BigDecimal("0.06"), new BigDecimal("0.09"),
            new BigDecimal("0.13"));

    /** Net, VAT and gross of one line. */
    public record LineAmounts(BigDecimal net, BigDecimal tax) {
        public BigDecimal gross() {
            return net.add(tax);
        }
    }

    /** Totals of several lines. */
    public record Totals(BigDecimal net, BigDecimal tax, BigDecimal total) {
    }

    private InvoiceMath() {
    }

    public static BigDecimal net(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal tax(BigDecimal net, BigDecimal rate) {
        return net.multiply(rate).setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static LineAmounts line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal rate) {
        BigDecimal net = net(quantity, unitPrice);
        return new LineAmounts(net, tax(net, rate));
    }

    public static Totals totals(List<LineAmounts> lines) {
        BigDecimal net = zero();
        BigDecimal tax = zero();
        for (LineAmounts l : lines) {
            net = net.add(l.net());
            tax = tax.add(l.tax());
        }
        return new Totals(net, tax, net.add(tax));
    }

    /** Whether {@code rate} is one of {@link #RATES} (0.130 counts as 0.13). */
    public static boolean isKnownRate(BigDecimal rate) {
        return rate != null && RATES.stream().anyMatch(r -> r.compareTo(rate) == 0);
    }

    /** The rate as stored and shown: 0.13, 0.09, 0. */
    public static BigDecimal normalRate(BigDecimal rate) {
        return rate.signum() == 0 ? BigDecimal.ZERO : rate.stripTrailingZeros();
    }

    /** {@code given} when there is one, else the invoice date plus the payment terms. */
    public static LocalDate dueDate(LocalDate invoiceDate, int paymentTermsDays, LocalDate given) {
        return given != null ? given : invoiceDate.plusDays(paymentTermsDays);
    }

    /** The state of a posted invoice from what credit notes and payments took off its total. */
    public static InvoiceStatus settledStatus(BigDecimal total, BigDecimal credited, BigDecimal paid) {
        BigDecimal open = total.subtract(credited).subtract(paid);
        if (open.signum() > 0) {
            return paid.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.POSTED;
        }
        return paid.signum() > 0 ? InvoiceStatus.PAID : InvoiceStatus.CREDITED;
    }

    /** Whether {@code value} needs no more than {@code scale} decimals. */
    public static boolean fits(BigDecimal value, int scale) {
        return value.stripTrailingZeros().scale() <= scale;
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }

    /**
     * What a credit note takes back from an invoice line: the part of the line still creditable
     * ({@code remaining*}) caps it, and crediting all that remains takes exactly the remaining VAT, so
     * credits in several steps add up to the line to the fen.
     *
     * @param quantity  goods returned (priced at the line's unit price), or {@code null}
     * @param netAmount a price allowance, or {@code null}; exactly one of the two is given
     */
    public static LineAmounts credit(BigDecimal quantity, BigDecimal netAmount, BigDecimal unitPrice, BigDecimal rate,
                                     BigDecimal remainingQuantity, BigDecimal remainingNet, BigDecimal remainingTax) {
        BigDecimal net;
        if (quantity != null) {
            net = quantity.compareTo(remainingQuantity) == 0 ? remainingNet : net(quantity, unitPrice);
        } else {
            net = netAmount.setScale(SCALE, RoundingMode.UNNECESSARY);
        }
        BigDecimal tax = net.compareTo(remainingNet) == 0 ? remainingTax : tax(net, rate);
        return new LineAmounts(net, tax);
    }
}
