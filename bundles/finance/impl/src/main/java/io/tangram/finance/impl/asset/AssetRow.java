package io.tangram.finance.impl.asset;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;

import io.tangram.finance.api.asset.AssetDto;
import io.tangram.finance.api.asset.AssetStatus;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.sql.Sql;

/** A row of {@code fin_asset} joined with its category's code and accounts. */
record AssetRow(long id, long companyId, String code, String name, long categoryId, String categoryCode,
                String assetAccount, String accumulatedAccount, String expenseAccount, String disposalAccount,
                LocalDate acquisitionDate, BigDecimal cost, BigDecimal residualValue, int usefulLifeMonths,
                String costCentre, AssetStatus status, BigDecimal accumulated, int depreciatedMonths,
                YearMonth depreciatedThrough, String creditAccount, Long acquisitionVoucherId, LocalDate disposalDate,
                BigDecimal disposalProceeds, Long disposalVoucherId) {

    static final String SELECT = "SELECT a.*, c.code AS category_code, c.asset_account, c.accumulated_account,"
            + " c.expense_account, c.disposal_account FROM fin_asset a JOIN fin_asset_category c ON c.id = a.category_id";

    static AssetRow of(ResultSet rs) throws SQLException {
        String through = rs.getString("depreciated_through");
        return new AssetRow(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"), rs.getString("name"),
                rs.getLong("category_id"), rs.getString("category_code"), rs.getString("asset_account"),
                rs.getString("accumulated_account"), rs.getString("expense_account"), rs.getString("disposal_account"),
                Sql.date(rs, "acquisition_date"), rs.getBigDecimal("cost"), rs.getBigDecimal("residual_value"),
                rs.getInt("useful_life_months"), rs.getString("cost_centre"),
                AssetStatus.valueOf(rs.getString("status").strip()), rs.getBigDecimal("accumulated_depreciation"),
                rs.getInt("depreciated_months"), through == null ? null : YearMonth.parse(through.strip()),
                rs.getString("credit_account"), Sql.nullableLong(rs, "acquisition_voucher_id"),
                Sql.date(rs, "disposal_date"), rs.getBigDecimal("disposal_proceeds"),
                Sql.nullableLong(rs, "disposal_voucher_id"));
    }

    /** The month this asset is next depreciated in. */
    YearMonth nextDue() {
        return DepreciationSchedule.nextDue(acquisitionDate, depreciatedThrough);
    }

    BigDecimal netBookValue() {
        return cost.subtract(accumulated);
    }

    AssetDto dto(Currency currency, boolean depreciatedByRun) {
        return new AssetDto(id, companyId, code, name, categoryCode, acquisitionDate, money(cost, currency),
                money(residualValue, currency), usefulLifeMonths, costCentre, status,
                DepreciationSchedule.firstPeriod(acquisitionDate).toString(),
                depreciatedThrough == null ? null : depreciatedThrough.toString(), depreciatedMonths,
                money(DepreciationSchedule.monthly(cost, residualValue, usefulLifeMonths), currency),
                money(accumulated, currency), money(netBookValue(), currency), acquisitionVoucherId, depreciatedByRun,
                disposalDate, disposalProceeds == null ? null : money(disposalProceeds, currency), disposalVoucherId);
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount, currency);
    }
}
