package io.tangram.inventory.api;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Inventory reports read from the stock ledger and purchase orders. Stock values are in the
 * company currency; open purchases in the currency of their orders.
 */
@ProviderType
public interface InventoryReports {

    /**
     * Stock turnover per product between two days inclusive: cost of goods issued in the period
     * (issues minus their reversals) ÷ average stock value ((value at the end of the day before
     * {@code from} + value at the end of {@code to}) ÷ 2), and days of inventory (days in the period ÷
     * turnover).
     *
     * @param warehouseId one warehouse, or {@code null} for all
     * @throws io.tangram.platform.api.error.ValidationException naming {@code from}, {@code to} or {@code warehouseId}
     */
    TurnoverReport turnover(long companyId, LocalDate from, LocalDate to, Long warehouseId);

    /**
     * Stock on hand at the end of {@code to} of products not issued between {@code from} and
     * {@code to} (issues that were reversed do not count), per product and warehouse, largest value first.
     */
    SlowMoverReport slowMovers(long companyId, LocalDate from, LocalDate to, Long warehouseId);

    /** Products whose projected stock is at or below their reorder point, as {@link Replenishment#suggestions} proposes them. */
    List<PurchaseSuggestion> belowReorderPoint(long companyId, Long warehouseId);

    /**
     * What suppliers still have to deliver on submitted, approved and partially received purchase
     * orders, per supplier and order currency, by supplier code.
     */
    List<OpenPurchaseSummary> openPurchases(long companyId);
}
