package io.tangram.finance.api.arap;

import java.math.BigDecimal;

/**
 * One invoice line as entered.
 *
 * @param quantity            more than zero, up to 4 decimals
 * @param unitPrice           net unit price (excluding VAT) in the company currency, up to 6 decimals
 * @param taxRate             VAT rate as a fraction: 0, 0.01, 0.03, 0.05, 0.06, 0.09 or 0.13
 * @param accountCode         revenue (sales) or expense (purchase) account instead of the configured default, optional
 * @param costCentre          department or cost centre code carried to the voucher line, optional
 * @param purchaseOrderNumber purchase invoices only: the purchase order the line bills, for the 3-way match
 * @param productId           with {@code purchaseOrderNumber}: the ordered product (master-data id)
 */
public record InvoiceLineInput(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate,
                               String accountCode, String costCentre, String purchaseOrderNumber, Long productId) {
}
