package io.tangram.finance.api.asset;

import io.tangram.platform.api.money.Money;

/**
 * One asset's depreciation in a run.
 *
 * @param monthNo                 which month of the asset's useful life this is (1 = the first)
 * @param accumulatedDepreciation accumulated depreciation after this month
 * @param netBookValue            cost − accumulated depreciation after this month
 * @param lastMonth               whether this month completes the asset's depreciation
 */
public record DepreciationLineDto(long assetId, String assetCode, String assetName, String categoryCode,
                                  String expenseAccount, String accumulatedDepreciationAccount, String costCentre,
                                  Money amount, int monthNo, Money accumulatedDepreciation, Money netBookValue,
                                  boolean lastMonth) {
}
