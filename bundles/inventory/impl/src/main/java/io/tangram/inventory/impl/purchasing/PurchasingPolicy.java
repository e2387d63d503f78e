package io.tangram.inventory.impl.purchasing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The purchasing settings of configuration PID {@code io.tangram.inventory.purchasing}.
 *
 * @param overReceiptTolerancePercent how much more than ordered a line may receive, in percent of the
 *                                    ordered quantity (0 to 100, 0 = never more than ordered)
 * @param approvalThreshold           order total (incl. VAT, company currency) above which an order
 *                                    goes through the OA approval workflow when OA is installed;
 *                                    {@code null}: every order does
 */
public record PurchasingPolicy(BigDecimal overReceiptTolerancePercent, BigDecimal approvalThreshold) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** No over-receipt, no approval threshold. */
    public static final PurchasingPolicy DEFAULT = new PurchasingPolicy(BigDecimal.ZERO, null);

    public PurchasingPolicy {
        Objects.requireNonNull(overReceiptTolerancePercent, "overReceiptTolerancePercent");
        if (overReceiptTolerancePercent.signum() < 0 || overReceiptTolerancePercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("overReceiptTolerancePercent must be between 0 and 100, not "
                    + overReceiptTolerancePercent.toPlainString());
        }
        if (approvalThreshold != null && approvalThreshold.signum() < 0) {
            throw new IllegalArgumentException("approvalThreshold must not be negative, not "
                    + approvalThreshold.toPlainString());
        }
    }

    /**
     * Reads the configured texts; a blank tolerance is 0, a blank threshold is none.
     *
     * @throws IllegalArgumentException naming the property when a value is not a usable number
     */
    public static PurchasingPolicy parse(String overReceiptTolerancePercent, String approvalThreshold) {
        BigDecimal tolerance = number("overReceiptTolerancePercent", overReceiptTolerancePercent);
        BigDecimal threshold = number("approvalThreshold", approvalThreshold);
        return new PurchasingPolicy(tolerance == null ? BigDecimal.ZERO : tolerance, threshold);
    }

    /** Whether an order of {@code total} goes to the OA workflow when OA is installed (always, when no threshold is set). */
    public boolean needsWorkflow(BigDecimal total) {
        return approvalThreshold == null || total.compareTo(approvalThreshold) > 0;
    }

    private static BigDecimal number(String property, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a decimal number such as 2.5, not '" + value + "'", e);
        }
    }
}
