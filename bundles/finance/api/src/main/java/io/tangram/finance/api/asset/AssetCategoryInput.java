package io.tangram.finance.api.asset;

import java.math.BigDecimal;

/**
 * A new asset category as entered. Accounts left empty take the China small-business defaults
 * (1601, 1602, 5602, 1606); the residual rate defaults to 5%.
 *
 * @param companyId    {@code null} for the default company
 * @param residualRate share of cost, from 0 to less than 1 ({@code 0.05})
 */
public record AssetCategoryInput(Long companyId, String code, String name, String nameEn, Integer usefulLifeMonths,
                                 BigDecimal residualRate, String assetAccount, String accumulatedDepreciationAccount,
                                 String depreciationExpenseAccount, String disposalAccount) {
}
