package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;

/**
 * What one supplier still has to deliver in one currency.
 *
 * @param purchaseOrderCount submitted, approved or partially received orders with something still to come
 * @param openValue          Σ (ordered − received) × unit price, excluding VAT
 * @param oldestExpectedDate earliest expected date of an open line (the line's, else its order's), {@code null} if none is set
 */
public record OpenPurchaseSummary(long supplierId, String supplierCode, String supplierName, int purchaseOrderCount,
                                  Money openValue, LocalDate oldestExpectedDate) {
}
