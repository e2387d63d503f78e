package io.tangram.finance.api.asset;

import java.math.BigDecimal;

/**
 * A category of fixed assets (固定资产类别): what a new asset of it gets unless told otherwise, and
 * the accounts its acquisition, depreciation and disposal post to.
 *
 * @param usefulLifeMonths                 default useful life of a new asset, in months
 * @param residualRate                     default residual value as a share of cost ({@code 0.05} for 5%)
 * @param assetAccount                     cost account, {@code 1601} 固定资产 by default
 * @param accumulatedDepreciationAccount   {@code 1602} 累计折旧 by default
 * @param depreciationExpenseAccount       {@code 5602} 管理费用 by default
 * @param disposalAccount                  {@code 1606} 固定资产清理 by default
 */
public record AssetCategoryDto(long id, long companyId, String code, String name, String nameEn, int usefulLifeMonths,
                               BigDecimal residualRate, String assetAccount, String accumulatedDepreciationAccount,
                               String depreciationExpenseAccount, String disposalAccount) {
}
