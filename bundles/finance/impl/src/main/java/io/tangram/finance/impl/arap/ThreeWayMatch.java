package io.tangram.finance.impl.arap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import io.tangram.platform.api.i18n.Text;

/**
 * The 3-way match of a purchase invoice line against its order and receipts: the invoiced quantity
 * may not exceed what was received and not yet invoiced, and the unit price may differ from the
 * order's by at most the tolerance (in percent of the order price).
 */
public final class ThreeWayMatch {

    private ThreeWayMatch() {
    }

    /** Why the line does not match, or empty when it does. */
    public static Optional<Text> check(String order, String product, BigDecimal quantity, BigDecimal unitPrice,
                                       BigDecimal received, BigDecimal alreadyInvoiced, BigDecimal orderPrice,
                                       BigDecimal tolerancePercent) {
        BigDecimal invoiceable = received.subtract(alreadyInvoiced);
        if (quantity.compareTo(invoiceable) > 0) {
            return Optional.of(Text.of("{0} of {1}: invoiced quantity {2} exceeds received {3} minus already invoiced {4}"
                    + " = {5}", "{0} 的 {1}：发票数量 {2} 超过已收货 {3} 减已开票 {4} = {5}", order, product, plain(quantity),
                    plain(received), plain(alreadyInvoiced), plain(invoiceable.max(BigDecimal.ZERO))));
        }
        BigDecimal allowed = orderPrice.multiply(tolerancePercent).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
        BigDecimal difference = unitPrice.subtract(orderPrice);
        if (difference.abs().compareTo(allowed) > 0) {
            BigDecimal percent = orderPrice.signum() == 0 ? null
                    : difference.multiply(BigDecimal.valueOf(100)).divide(orderPrice, 2, RoundingMode.HALF_UP);
            return Optional.of(Text.of("{0} of {1}: unit price {2} differs from the order price {3} by {4} ({5}%),"
                    + " more than the {6}% tolerance", "{0} 的 {1}：单价 {2} 与订单价 {3} 相差 {4}（{5}%），超出容差 {6}%",
                    order, product, plain(unitPrice), plain(orderPrice), plain(difference),
                    percent == null ? "∞" : plain(percent), plain(tolerancePercent)));
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
