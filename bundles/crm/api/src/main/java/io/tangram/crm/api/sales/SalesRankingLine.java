package io.tangram.crm.api.sales;

import java.math.BigDecimal;

/**
 * One place in a sales ranking.
 *
 * @param key      product id, customer id or the rep's username
 * @param quantity units sold (products only; {@code null} otherwise)
 * @param share    percent of the period's net sales, one decimal
 */
public record SalesRankingLine(int rank, String key, String code, String name, int orders, BigDecimal quantity,
                               BigDecimal netAmount, BigDecimal share) {
}
