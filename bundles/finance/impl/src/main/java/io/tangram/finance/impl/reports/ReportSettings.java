package io.tangram.finance.impl.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link ReportsConfig} as plain values, so services can be built without OSGi in tests.
 *
 * @param cashAccounts             codes of the cash accounts; sub-accounts are cash too
 * @param profitAccounts           candidate codes of the profit-for-the-year account, first found wins
 * @param retainedEarningsAccounts candidate codes of the retained earnings account, first found wins
 */
public record ReportSettings(List<String> cashAccounts, List<String> profitAccounts,
                             List<String> retainedEarningsAccounts) {

    /** The defaults of {@link ReportsConfig}. */
    public static final ReportSettings DEFAULTS = new ReportSettings(List.of("1001", "1002", "1012", "1000", "1010"),
            List.of("3103", "3300"), List.of("3104", "3200"));

    public ReportSettings {
        cashAccounts = clean(cashAccounts);
        profitAccounts = clean(profitAccounts);
        retainedEarningsAccounts = clean(retainedEarningsAccounts);
    }

    public static ReportSettings of(ReportsConfig config) {
        return new ReportSettings(list(config.cashAccounts()), list(config.profitAccount()),
                list(config.retainedEarningsAccount()));
    }

    /** The first of {@code candidates} that is an account of the chart. */
    public static Optional<ChartNode> first(List<String> candidates, List<ChartNode> chart) {
        for (String code : candidates) {
            Optional<ChartNode> found = chart.stream().filter(a -> a.code().equals(code)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The codes, each value possibly a comma-separated list as a {@code .cfg} file gives it. */
    private static List<String> list(String[] values) {
        return values == null ? List.of()
                : Arrays.stream(values).filter(v -> v != null).flatMap(v -> Arrays.stream(v.split(","))).toList();
    }

    private static List<String> clean(List<String> codes) {
        return codes == null ? List.of()
                : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }
}
