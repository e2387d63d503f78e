package io.tangram.finance.api.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An asset as registered. With a {@code creditAccount} the acquisition is posted (Dr the category's
 * asset account / Cr that account, e.g. 1002 bank or 2202 payables, dated the acquisition date);
 * without one only the opening balance is recorded, for an asset already in the books, optionally
 * with the depreciation it has accumulated so far.
 *
 * @param companyId                     {@code null} for the default company
 * @param code                          asset number, unique per company
 * @param residualValue                 {@code null}: cost × the category's residual rate, rounded half-up
 * @param usefulLifeMonths              {@code null}: the category's
 * @param creditAccount                 account credited by the acquisition voucher; {@code null} for an opening balance
 * @param openingAccumulatedDepreciation depreciation accumulated before the register (opening balance only)
 * @param openingDepreciatedThrough     the last month that opening depreciation covers ({@code 2025-12}); required
 *                                      with an opening accumulated depreciation
 */
public record AssetInput(Long companyId, String code, String name, String categoryCode, LocalDate acquisitionDate,
                         BigDecimal cost, BigDecimal residualValue, Integer usefulLifeMonths, String costCentre,
                         String creditAccount, BigDecimal openingAccumulatedDepreciation,
                         String openingDepreciatedThrough) {
}
