package io.tangram.finance.api.asset;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;

/**
 * A fixed asset of the register (固定资产卡片), amounts in the company currency.
 *
 * @param firstDepreciationPeriod  the month after the acquisition month ({@code 2026-04} for an asset
 *                                 acquired in March): 当月增加当月不提
 * @param depreciatedThrough       the last month depreciated, {@code null} before the first
 * @param depreciatedMonths        months of depreciation so far, including those before the register
 * @param monthlyDepreciation      (cost − residual value) / useful life, rounded half-up; the last month
 *                                 takes the remainder
 * @param acquisitionVoucherId     the acquisition voucher (Dr 1601), {@code null} for an opening balance
 * @param depreciatedByRun         whether a depreciation run of this system has depreciated it: from
 *                                 then on it can no longer be changed
 */
public record AssetDto(long id, long companyId, String code, String name, String categoryCode,
                       LocalDate acquisitionDate, Money cost, Money residualValue, int usefulLifeMonths,
                       String costCentre, AssetStatus status, String firstDepreciationPeriod,
                       String depreciatedThrough, int depreciatedMonths, Money monthlyDepreciation,
                       Money accumulatedDepreciation, Money netBookValue, Long acquisitionVoucherId,
                       boolean depreciatedByRun, LocalDate disposalDate, Money disposalProceeds,
                       Long disposalVoucherId) {
}
