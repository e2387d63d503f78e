package io.tangram.finance.impl.arap;

import java.math.BigDecimal;

/**
 * The AR/AP configuration in force: default accounts and the price tolerance of the 3-way match.
 *
 * @param priceTolerancePercent how far (in percent of the order price) an invoiced unit price may differ
 */
public record ArApPolicy(String receivable, String payable, String revenue, String expense, String outputVat,
                         String inputVat, String goodsReceivedNotInvoiced, String bank,
                         BigDecimal priceTolerancePercent) {

    /** The China small-business chart's accounts (小企业会计准则) and a 2 % tolerance. */
    public static final ArApPolicy CHINA_SMALL_BUSINESS = new ArApPolicy("1122", "2202", "5001", "5602", "22210103",
            "22210101", "2209", "1002", new BigDecimal("2"));

    public ArApPolicy {
        receivable = code("receivableAccount", receivable);
        payable = code("payableAccount", payable);
        revenue = code("revenueAccount", revenue);
        expense = code("expenseAccount", expense);
        outputVat = code("outputVatAccount", outputVat);
        inputVat = code("inputVatAccount", inputVat);
        goodsReceivedNotInvoiced = code("goodsReceivedNotInvoicedAccount", goodsReceivedNotInvoiced);
        bank = code("bankAccount", bank);
        if (priceTolerancePercent == null || priceTolerancePercent.signum() < 0
                || priceTolerancePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("priceTolerancePercent must be between 0 and 100, not "
                    + priceTolerancePercent);
        }
    }

    /** Reads the configured texts; an unusable value fails naming the property. */
    public static ArApPolicy parse(String receivable, String payable, String revenue, String expense, String outputVat,
                                   String inputVat, String goodsReceivedNotInvoiced, String bank,
                                   String priceTolerancePercent) {
        BigDecimal tolerance;
        try {
            tolerance = new BigDecimal(priceTolerancePercent == null ? "" : priceTolerancePercent.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("priceTolerancePercent must be a number such as 2 or 2.5, not '"
                    + priceTolerancePercent + "'", e);
        }
        return new ArApPolicy(receivable, payable, revenue, expense, outputVat, inputVat, goodsReceivedNotInvoiced,
                bank, tolerance);
    }

    private static String code(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must name an account code");
        }
        return value.strip();
    }
}
