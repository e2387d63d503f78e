package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Stock of a product in a warehouse that was not issued in the period.
 *
 * @param lastIssueDate day of its last issue up to the end of the period, {@code null} if never issued there
 */
public record SlowMoverLine(long productId, String productCode, String productName, long warehouseId,
                            String warehouseCode, BigDecimal onHand, Money value, LocalDate lastIssueDate) {
}
