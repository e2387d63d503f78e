package io.tangram.finance.impl.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.api.AccountLedger;
import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.FinancialStatement;
import io.tangram.finance.api.LedgerEntry;
import io.tangram.finance.api.LedgerReports;
import io.tangram.finance.api.NormalBalance;
import io.tangram.finance.api.StatementLine;
import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.api.TrialBalanceLine;
import io.tangram.finance.impl.reports.ChartNode;
import io.tangram.finance.impl.reports.ChartSums;
import io.tangram.finance.impl.reports.Sums;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/**
 * Trial balance, account ledgers and statements, all from the same cumulative totals: whole months
 * from {@code fin_account_balance}, the rest of a month from the posted lines. Reading a balance at
 * any day therefore costs one row per account and month plus one month of lines, however long the
 * ledger is.
 */
@Component(service = LedgerReports.class)
public class LedgerReportService implements LedgerReports {

    private final Sql sql;
    private final CompanyService companies;

    @Activate
    public LedgerReportService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.companies = companies;
    }

    @Override
    public TrialBalance trialBalance(long companyId, LocalDate from, LocalDate to) {
        requireSpan(from, to);
        List<ChartNode> chart = chart(companyId);
        ChartSums opening = new ChartSums(chart, cumulative(companyId, from.minusDays(1)));
        ChartSums closing = new ChartSums(chart, cumulative(companyId, to));
        Function<BigDecimal, Money> money = money(companyId);
        List<TrialBalanceLine> lines = new ArrayList<>();
        for (ChartNode a : chart) {
            Sums open = opening.of(a.id());
            Sums close = closing.of(a.id());
            if (open.isZero() && close.isZero()) {
                continue;
            }
            lines.add(line(a, open, close, money, postable(chart, a)));
        }
        Sums open = Sums.ZERO;
        Sums close = Sums.ZERO;
        BigDecimal openDebit = BigDecimal.ZERO;
        BigDecimal openCredit = BigDecimal.ZERO;
        BigDecimal closeDebit = BigDecimal.ZERO;
        BigDecimal closeCredit = BigDecimal.ZERO;
        for (ChartNode top : opening.topLevel()) {
            Sums o = opening.of(top.id());
            Sums c = closing.of(top.id());
            open = open.plus(o);
            close = close.plus(c);
            openDebit = openDebit.add(o.net().max(BigDecimal.ZERO));
            openCredit = openCredit.add(o.net().negate().max(BigDecimal.ZERO));
            closeDebit = closeDebit.add(c.net().max(BigDecimal.ZERO));
            closeCredit = closeCredit.add(c.net().negate().max(BigDecimal.ZERO));
        }
        Sums movement = close.minus(open);
        return new TrialBalance(from, to, currency(companyId), lines, money.apply(openDebit), money.apply(openCredit),
                money.apply(movement.debit()), money.apply(movement.credit()), money.apply(closeDebit),
                money.apply(closeCredit));
    }

    private static TrialBalanceLine line(ChartNode a, Sums open, Sums close, Function<BigDecimal, Money> money,
                                         boolean postable) {
        Sums movement = close.minus(open);
        return new TrialBalanceLine(a.code(), a.name(), a.type(), a.level(), postable,
                money.apply(open.net().max(BigDecimal.ZERO)), money.apply(open.net().negate().max(BigDecimal.ZERO)),
                money.apply(movement.debit()), money.apply(movement.credit()),
                money.apply(close.net().max(BigDecimal.ZERO)), money.apply(close.net().negate().max(BigDecimal.ZERO)));
    }

    @Override
    public AccountLedger generalLedger(long companyId, String accountCode, LocalDate from, LocalDate to) {
        requireSpan(from, to);
        List<ChartNode> chart = chart(companyId);
        ChartNode account = chart.stream().filter(a -> a.code().equals(accountCode)).findFirst()
                .orElseThrow(() -> NotFoundException.of(Text.of("Account", "会计科目"), accountCode));
        Set<Long> ids = withSubAccounts(chart, account.id());
        int sign = account.normalBalance() == NormalBalance.DEBIT ? 1 : -1;
        Function<BigDecimal, Money> money = money(companyId);
        BigDecimal opening = new ChartSums(chart, cumulative(companyId, from.minusDays(1))).of(account.id()).net()
                .multiply(BigDecimal.valueOf(sign));
        List<Object> args = new ArrayList<>(List.of(companyId, from, to));
        args.addAll(ids);
        BigDecimal[] running = {opening};
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO};
        List<LedgerEntry> entries = sql.list("SELECT l.posted_on, v.id, v.number, l.line_no, l.description, v.description,"
                + " l.base_debit, l.base_credit FROM fin_voucher_line l JOIN fin_voucher v ON v.id = l.voucher_id"
                + " WHERE l.company_id = ? AND l.posted_on >= ? AND l.posted_on <= ? AND l.account_id IN ("
                + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")"
                + " ORDER BY l.posted_on, v.number, l.line_no", rs -> {
                    BigDecimal debit = rs.getBigDecimal(7);
                    BigDecimal credit = rs.getBigDecimal(8);
                    totals[0] = totals[0].add(debit);
                    totals[1] = totals[1].add(credit);
                    running[0] = running[0].add(debit.subtract(credit).multiply(BigDecimal.valueOf(sign)));
                    String description = rs.getString(5) != null ? rs.getString(5) : rs.getString(6);
                    return new LedgerEntry(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3), rs.getInt(4),
                            description, money.apply(debit), money.apply(credit), money.apply(running[0]));
                }, args.toArray());
        return new AccountLedger(account.code(), account.name(), account.normalBalance(), from, to, money.apply(opening),
                entries, money.apply(totals[0]), money.apply(totals[1]), money.apply(running[0]));
    }

    @Override
    public FinancialStatement balanceSheet(long companyId, LocalDate at) {
        LocalDate day = at == null ? LocalDate.now() : at;
        List<ChartNode> chart = chart(companyId);
        ChartSums sums = new ChartSums(chart, cumulative(companyId, day));
        Function<BigDecimal, Money> money = money(companyId);
        List<StatementLine> lines = new ArrayList<>();
        section(lines, sums, AccountType.ASSET, "assets", "资产", "Assets", 1, money);
        BigDecimal liabilities = section(lines, sums, AccountType.LIABILITY, "liabilities", "负债", "Liabilities", -1, money);
        List<StatementLine> equityLines = new ArrayList<>();
        BigDecimal equity = section(equityLines, sums, AccountType.EQUITY, "equity", "所有者权益", "Equity", -1, money);
        BigDecimal profit = profit(sums);
        equityLines.add(new StatementLine("equity.currentProfit", "未结转利润", "Profit not yet closed to equity", 2,
                money.apply(profit)));
        equity = equity.add(profit);
        equityLines.set(0, new StatementLine("equity", "所有者权益合计", "Total equity", 1, money.apply(equity)));
        lines.addAll(equityLines);
        lines.add(new StatementLine("liabilitiesAndEquity", "负债和所有者权益总计", "Total liabilities and equity", 0,
                money.apply(liabilities.add(equity))));
        return new FinancialStatement("balanceSheet", null, day, currency(companyId), lines);
    }

    @Override
    public FinancialStatement incomeStatement(long companyId, LocalDate from, LocalDate to) {
        requireSpan(from, to);
        List<ChartNode> chart = chart(companyId);
        Map<Long, Sums> movement = new HashMap<>(cumulative(companyId, to));
        cumulative(companyId, from.minusDays(1)).forEach((id, s) -> movement.merge(id, Sums.ZERO.minus(s), Sums::plus));
        ChartSums sums = new ChartSums(chart, movement);
        Function<BigDecimal, Money> money = money(companyId);
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal revenue = section(lines, sums, AccountType.REVENUE, "revenue", "收入", "Revenue", -1, money);
        BigDecimal expenses = section(lines, sums, AccountType.EXPENSE, "expenses", "费用", "Expenses", 1, money);
        lines.add(new StatementLine("netProfit", "净利润", "Net profit", 0, money.apply(revenue.subtract(expenses))));
        return new FinancialStatement("incomeStatement", from, to, currency(companyId), lines);
    }

    /**
     * Adds a section: its total line (level 1) and one line per top-level account with a balance;
     * {@code sign} +1 reads debit balances as positive, −1 credit balances. Returns the total.
     */
    private static BigDecimal section(List<StatementLine> lines, ChartSums sums, AccountType type, String key, String label,
                                      String labelEn, int sign, Function<BigDecimal, Money> money) {
        int header = lines.size();
        BigDecimal total = BigDecimal.ZERO;
        List<ChartNode> tops = sums.topLevel().stream().filter(a -> a.type() == type)
                .sorted(Comparator.comparing(ChartNode::code)).toList();
        List<StatementLine> accountLines = new ArrayList<>();
        for (ChartNode a : tops) {
            BigDecimal amount = sums.of(a.id()).net().multiply(BigDecimal.valueOf(sign));
            if (amount.signum() != 0) {
                accountLines.add(new StatementLine(key + "." + a.code(), a.name(), a.name(), 2, money.apply(amount)));
                total = total.add(amount);
            }
        }
        lines.add(header, new StatementLine(key, label + "合计", "Total " + labelEn.toLowerCase(java.util.Locale.ROOT), 1,
                money.apply(total)));
        lines.addAll(accountLines);
        return total;
    }

    /** Revenue minus expenses of everything posted: what year-end closing would move to equity. */
    private static BigDecimal profit(ChartSums sums) {
        BigDecimal profit = BigDecimal.ZERO;
        for (ChartNode a : sums.topLevel()) {
            if (a.type() == AccountType.REVENUE || a.type() == AccountType.EXPENSE) {
                profit = profit.subtract(sums.of(a.id()).net());
            }
        }
        return profit;
    }

    // ---- reading the ledger

    private List<ChartNode> chart(long companyId) {
        return sql.list("SELECT id, code, name, parent_id, level_no, account_type, normal_balance FROM fin_account"
                + " WHERE company_id = ? ORDER BY code", rs -> new ChartNode(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Sql.nullableLong(rs, "parent_id"), rs.getInt(5), AccountType.valueOf(rs.getString(6)),
                        NormalBalance.valueOf(rs.getString(7))), companyId);
    }

    /** Own totals per account of every posted line dated on or before {@code day}. */
    private Map<Long, Sums> cumulative(long companyId, LocalDate day) {
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

    private static Set<Long> withSubAccounts(List<ChartNode> chart, long accountId) {
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

    private static boolean postable(List<ChartNode> chart, ChartNode account) {
        return chart.stream().noneMatch(a -> a.parentId() != null && a.parentId() == account.id());
    }

    private String currency(long companyId) {
        return companies.get(companyId).currency().strip();
    }

    private Function<BigDecimal, Money> money(long companyId) {
        java.util.Currency currency = java.util.Currency.getInstance(currency(companyId));
        return amount -> Money.rounded(amount, currency, RoundingMode.HALF_UP);
    }

    private static void requireSpan(LocalDate from, LocalDate to) {
        Validation v = new Validation();
        v.required("from", from);
        v.required("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            v.add("to", Text.of("must not be before from", "不能早于开始日期"));
        }
        v.throwIfInvalid();
    }
}
