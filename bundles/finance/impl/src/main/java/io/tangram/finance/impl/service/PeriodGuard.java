package io.tangram.finance.impl.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import io.tangram.finance.api.PeriodStatus;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.sql.Sql;

/**
 * Refuses postings into closed fiscal periods. A month without a {@code fin_period} row is open.
 * Every service that posts (vouchers, reversals) calls {@link #requireOpen} inside its transaction.
 */
public final class PeriodGuard {
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    private final Sql sql;

    public PeriodGuard(Sql sql) {
        this.sql = sql;
    }

    /** @throws ConflictException when the month of {@code date} is closed for the company */
    public void requireOpen(long companyId, LocalDate date) {
        String period = periodOf(date);
        if (isClosed(sql, companyId, period)) {
            throw new ConflictException(Text.of(
                    "Period {0} is closed: nothing can be posted dated {1}. Reopen the period or date the voucher in an open one",
                    "会计期间 {0} 已结账，不能过账日期为 {1} 的凭证；请反结账或改用未结账期间的日期", period, date.toString()));
        }
    }

    /** Whether the company has closed {@code period} ({@code 2026-11}). */
    public static boolean isClosed(Sql sql, long companyId, String period) {
        return sql.one("SELECT status FROM fin_period WHERE company_id = ? AND period = ?", rs -> rs.getString(1),
                companyId, period).map(s -> PeriodStatus.CLOSED.name().equals(s.strip())).orElse(false);
    }

    /** The period code of a day: {@code 2026-11} for 2026-11-30. */
    public static String periodOf(LocalDate date) {
        return date.format(FORMAT);
    }

    /**
     * A period code as typed, checked.
     *
     * @throws ValidationException naming {@code field} unless it is {@code YYYY-MM}
     */
    public static YearMonth parse(String field, String period) {
        String p = period == null ? "" : period.strip();
        if (!PERIOD.matcher(p).matches()) {
            throw ValidationException.of(field, Text.of("must be a month like 2026-11", "必须是年月，例如 2026-11"));
        }
        return YearMonth.parse(p, FORMAT);
    }
}
