package io.tangram.crm.impl.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.tangram.crm.api.pipeline.ForecastCell;
import io.tangram.crm.api.pipeline.ForecastReport;

/**
 * The weighted-forecast arithmetic: each open opportunity counts amount × its stage's probability
 * / 100, rounded half up to the fen, in the month of its expected close date and for its owner;
 * sums are of those rounded amounts, so the report adds up to what the opportunity list shows.
 */
public final class Forecast {

    /** An open opportunity as the forecast sees it. */
    public record Open(String owner, LocalDate expectedCloseDate, BigDecimal amount, int probability) {
    }

    private Forecast() {
    }

    /** amount × probability / 100, 2 decimals, half up. */
    public static BigDecimal weighted(BigDecimal amount, int probability) {
        return amount.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    public static ForecastReport compute(long companyId, LocalDate from, LocalDate to, String currency,
                                         List<Open> open) {
        Map<YearMonth, Map<String, Sum>> cells = new TreeMap<>();
        Map<YearMonth, Sum> months = new TreeMap<>();
        Map<String, Sum> owners = new TreeMap<>();
        Sum total = new Sum();
        int undated = 0;
        for (Open o : open) {
            if (o.expectedCloseDate() == null) {
                undated++;
                continue;
            }
            if (o.expectedCloseDate().isBefore(from) || o.expectedCloseDate().isAfter(to)) {
                continue;
            }
            YearMonth month = YearMonth.from(o.expectedCloseDate());
            BigDecimal w = weighted(o.amount(), o.probability());
            cells.computeIfAbsent(month, m -> new TreeMap<>()).computeIfAbsent(o.owner(), x -> new Sum()).add(o.amount(), w);
            months.computeIfAbsent(month, m -> new Sum()).add(o.amount(), w);
            owners.computeIfAbsent(o.owner(), x -> new Sum()).add(o.amount(), w);
            total.add(o.amount(), w);
        }
        List<ForecastCell> cellList = new ArrayList<>();
        cells.forEach((month, byOwner) -> byOwner.forEach((owner, s) -> cellList.add(s.cell(month, owner))));
        List<ForecastCell> monthList = new ArrayList<>();
        months.forEach((month, s) -> monthList.add(s.cell(month, null)));
        List<ForecastCell> ownerList = new ArrayList<>();
        owners.forEach((owner, s) -> ownerList.add(s.cell(null, owner)));
        return new ForecastReport(companyId, from, to, currency, cellList, monthList, ownerList, total.cell(null, null),
                undated);
    }

    private static final class Sum {
        private int count;
        private BigDecimal amount = BigDecimal.ZERO.setScale(2);
        private BigDecimal weighted = BigDecimal.ZERO.setScale(2);

        void add(BigDecimal a, BigDecimal w) {
            count++;
            amount = amount.add(a);
            weighted = weighted.add(w);
        }

        ForecastCell cell(YearMonth month, String owner) {
            return new ForecastCell(month, owner, count, amount.setScale(2, RoundingMode.HALF_UP), weighted);
        }
    }
}
