package io.tangram.inventory.api;

import io.tangram.platform.api.money.Money;
import java.math.BigDecimal;

/**
 * Turnover of one product.
 *
 * @param costOfGoodsIssued value of the issues in the period minus issues reversed in it
 * @param openingValue      stock value at the end of the day before the period
 * @param closingValue      stock value at the end of the period
 * @param averageValue      (opening + closing) ÷ 2
 * @param turnover          cost of goods issued ÷ average value (2 decimals); {@code null} when the average is not positive
 * @param daysOfInventory   days in the period ÷ turnover (1 decimal); {@code null} when there is no turnover
 */
public record TurnoverLine(long productId, String productCode, String productName, Money costOfGoodsIssued,
                           Money openingValue, Money closingValue, Money averageValue, BigDecimal turnover,
                           BigDecimal daysOfInventory) {
}
