package io.tangram.finance.impl.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.LedgerEntry;
import io.tangram.finance.api.NormalBalance;
import io.tangram.finance.api.YearEndClosing;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.sql.Sql;

/**
 * Reads the posted ledger the way every report needs it: whole months from {@code fin_account_balance},
 * the rest of a month from the posted lines ({@code fin_voucher_line_posted_ix}), so reading a balance at
 * any day costs one row per account and month plus one month of lines.
 */
public final class LedgerReader {
    private final Sql sql;

    public LedgerReader(Sql sql) {
        this.sql = sql;
    }

    /** Every account of the company, by code. */
    public List<ChartNode> chart(long companyId) {
        return sql.list("SELECT id, code, name, parent_id, level_no, account_type, normal_balance FROM fin_account"
                + " WHERE company_id = ? ORDER BY code", rs -> new ChartNode(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Sql.nullableLong(rs, "parent_id"), rs.getInt(5), AccountType.valueOf(rs.getString(6)),
                        NormalBalance.valueOf(rs.getString(7))), companyId);
    }

    /** Own totals per account of every posted line dated on or before {@code day}. */
    public Map<Long, Sums> cumulative(long companyId, LocalDate day) {
        Map<Long, Sums> sums = new HashMap<>();
        Sql.Row<Void> add = rs -> {
            sums.merge(rs.getLong(1), new Sums(rs.getBigDecimal(2), rs.getBigDecimal(3)), Sums::plus);
            return null;
        };
        sql.list("SELECT account_id, SUM(debit), SUM(credit) FROM fin_account_balance WHERE company_id = ? AND period < ?"
                + " GROUP BY account_id", add, companyId, YearMonth.from(day).toString());
        sql.list("SELECT account_id, SUM(base_debit), SUM(base_credit) FROM fin_voucher_line WHERE company_id = ?"
                + " AND posted_on >= ? AND posted_on <= ? GROUP BY account_id", add, companyId, day.withDayOfMonth(1), day);
        return sums;
    }

    /** Own totals per account of the posted lines dated from {@code from} to {@code to}. */
    public Map<Long, Sums> movement(long companyId, LocalDate from, LocalDate to) {
        Map<Long, Sums> movement = new HashMap<>(cumulative(companyId, to));
        cumulative(companyId, from.minusDays(1)).forEach((id, s) -> movement.merge(id, Sums.ZERO.minus(s), Sums::plus));
        return movement;
    }

    /**
     * Own totals per account of the year-end closing vouchers dated from {@code from} to {@code to},
     * and of their reversals: the closing entries an income statement leaves out. Found through the
     * unique source key ({@code YEC:2026}) and the reversal reference, never by scanning vouchers.
     */
    public Map<Long, Sums> closingEntries(long companyId, LocalDate from, LocalDate to) {
        List<Object> keys = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            keys.add(YearEndClosing.SOURCE_TYPE + ":" + year);
        }
        List<Object> args = new ArrayList<>(List.of(companyId));
        args.addAll(keys);
        List<Long> closings = sql.list("SELECT id FROM fin_voucher WHERE company_id = ? AND source_key IN ("
                + marks(keys.size()) + ")", rs -> rs.getLong(1), args.toArray());
        Map<Long, Sums> sums = new HashMap<>();
        if (closings.isEmpty()) {
            return sums;
        }
        List<Long> vouchers = new ArrayList<>(closings);
        vouchers.addAll(sql.list("SELECT id FROM fin_voucher WHERE reverses_voucher_id IN (" + marks(closings.size())
                + ")", rs -> rs.getLong(1), closings.toArray()));
        List<Object> lineArgs = new ArrayList<>(vouchers);
        lineArgs.add(from);
        lineArgs.add(to);
        sql.list("SELECT account_id, SUM(base_debit), SUM(base_credit) FROM fin_voucher_line WHERE voucher_id IN ("
                + marks(vouchers.size()) + ") AND posted_on >= ? AND posted_on <= ? GROUP BY account_id", rs -> {
                    sums.merge(rs.getLong(1), new Sums(rs.getBigDecimal(2), rs.getBigDecimal(3)), Sums::plus);
                    return null;
                }, lineArgs.toArray());
        return sums;
    }

    /**
     * The posted lines, in the company currency, of every voucher that has a line on one of
     * {@code cashAccounts} dated from {@code from} to {@code to}, grouped by voucher. The cash lines are
     * found through {@code fin_voucher_line_posted_ix}, their vouchers' other lines through the
     * {@code (voucher_id, line_no)} key.
     */
    public List<CashVoucher> cashVouchers(long companyId, Set<Long> cashAccounts, LocalDate from, LocalDate to,
                                          Map<Long, ChartNode> accounts) {
        if (cashAccounts.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(companyId));
        args.addAll(cashAccounts);
        args.add(from);
        args.add(to);
        Map<Long, CashVoucher> byVoucher = new LinkedHashMap<>();
        sql.list("SELECT l.voucher_id, v.reverses_voucher_id, l.account_id, l.base_debit, l.base_credit"
                + " FROM fin_voucher_line l JOIN fin_voucher v ON v.id = l.voucher_id WHERE l.voucher_id IN"
                + " (SELECT c.voucher_id FROM fin_voucher_line c WHERE c.company_id = ? AND c.account_id IN ("
                + marks(cashAccounts.size()) + ") AND c.posted_on >= ? AND c.posted_on <= ?)"
                + " ORDER BY l.voucher_id, l.line_no", rs -> {
                    long voucherId = rs.getLong(1);
                    boolean reversal = Sql.nullableLong(rs, "reverses_voucher_id") != null;
                    long accountId = rs.getLong(3);
                    ChartNode account = accounts.get(accountId);
                    byVoucher.computeIfAbsent(voucherId, id -> new CashVoucher(id, reversal, new ArrayList<>())).lines()
                            .add(new CashFlowMapping.Line(account.code(), cashAccounts.contains(accountId),
                                    rs.getBigDecimal(4), rs.getBigDecimal(5)));
                    return null;
                }, args.toArray());
        return List.copyOf(byVoucher.values());
    }

    /**
     * The posted lines on {@code accountIds} from {@code from} to {@code to} in date and voucher order,
     * with the running balance from {@code opening}; {@code sign} +1 keeps debit balances positive, −1
     * credit balances.
     */
    public List<LedgerEntry> entries(long companyId, Set<Long> accountIds, LocalDate from, LocalDate to,
                                     BigDecimal opening, int sign, Function<BigDecimal, Money> money) {
        List<Object> args = new ArrayList<>(List.of(companyId, from, to));
        args.addAll(accountIds);
        BigDecimal[] running = {opening};
        return sql.list("SELECT l.posted_on, v.id, v.number, l.line_no, l.description, v.description,"
                + " l.base_debit, l.base_credit FROM fin_voucher_line l JOIN fin_voucher v ON v.id = l.voucher_id"
                + " WHERE l.company_id = ? AND l.posted_on >= ? AND l.posted_on <= ? AND l.account_id IN ("
                + marks(accountIds.size()) + ") ORDER BY l.posted_on, v.number, l.line_no", rs -> {
                    BigDecimal debit = rs.getBigDecimal(7);
                    BigDecimal credit = rs.getBigDecimal(8);
                    running[0] = running[0].add(debit.subtract(credit).multiply(BigDecimal.valueOf(sign)));
                    String description = rs.getString(5) != null ? rs.getString(5) : rs.getString(6);
                    return new LedgerEntry(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3), rs.getInt(4),
                            description, money.apply(debit), money.apply(credit), money.apply(running[0]));
                }, args.toArray());
    }

    /** A voucher moving cash, with all its lines. */
    public record CashVoucher(long voucherId, boolean reversal, List<CashFlowMapping.Line> lines) {
    }

    /** The account and all accounts below it. */
    public static Set<Long> withSubAccounts(List<ChartNode> chart, long accountId) {
        Set<Long> ids = new HashSet<>(Set.of(accountId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ChartNode a : chart) {
                if (a.parentId() != null && ids.contains(a.parentId()) && ids.add(a.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    /** Normal-side balance: positive when the account stands on its normal side. */
    public static BigDecimal normalSide(ChartNode account, Sums sums) {
        return account.normalBalance() == NormalBalance.DEBIT ? sums.net() : sums.net().negate();
    }

    static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
