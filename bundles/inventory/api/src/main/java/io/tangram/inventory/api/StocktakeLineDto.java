package io.tangram.inventory.api;

import java.math.BigDecimal;

/**
 * One product on a count sheet.
 *
 * @param bookQuantity on hand when the sheet was opened
 * @param counted      entered count, {@code null} until counted
 * @param variance     counted − book, {@code null} until counted
 */
public record StocktakeLineDto(long id, long productId, String productCode, String productName, String unitCode,
                               BigDecimal bookQuantity, BigDecimal counted, BigDecimal variance) {
}
