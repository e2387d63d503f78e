package io.tangram.crm.api.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * The weighted forecast (加权预测) of open opportunities expected to close in a period, visible to
 * the caller.
 *
 * @param cells            per month and rep, by month then rep
 * @param months           per month
 * @param owners           per rep
 * @param total            the whole period
 * @param withoutCloseDate open opportunities left out because they have no expected close date
 */
public record ForecastReport(long companyId, LocalDate from, LocalDate to, String currency, List<ForecastCell> cells,
                             List<ForecastCell> months, List<ForecastCell> owners, ForecastCell total,
                             int withoutCloseDate) {

    public ForecastReport {
        cells = List.copyOf(cells);
        months = List.copyOf(months);
        owners = List.copyOf(owners);
    }
}
