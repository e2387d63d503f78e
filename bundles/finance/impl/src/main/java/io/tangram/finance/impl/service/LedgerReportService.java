package io.tangram.finance.impl.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.tangram.finance.api.AccountLedger;
import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.CashFlowStatement;
import io.tangram.finance.api.FinancialStatement;
import io.tangram.finance.api.LedgerEntry;
import io.tangram.finance.api.LedgerReports;
import io.tangram.finance.api.NormalBalance;
import io.tangram.finance.api.StatementLayout;
import io.tangram.finance.api.StatementLine;
import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.api.TrialBalanceLine;
import io.tangram.finance.impl.reports.CashFlowItem;
import io.tangram.finance.impl.reports.CashFlowMapping;
import io.tangram.finance.impl.reports.ChartNode;
import io.tangram.finance.impl.reports.ChartSums;
import io.tangram.finance.impl.reports.LedgerReader;
import io.tangram.finance.impl.reports.ReportSettings;
import io.tangram.finance.impl.reports.ReportsConfig;
import io.tangram.finance.impl.reports.StatementForm;
import io.tangram.finance.impl.reports.Sums;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;

/**
 * Trial balance, account ledgers and statements, all from the same cumulative totals (see
 * {@link LedgerReader}). The income statement leaves out the year-end closing vouchers; the cash flow
 * statement classifies the cash accounts' lines with {@link CashFlowMapping}; the China layouts are
 * the {@link StatementForm}s shipped as resources.
 */
@Component(service = LedgerReports.class, configurationPid = ReportsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ReportsConfig.class)
public class LedgerReportService implements LedgerReports {

    private final LedgerReader ledger;
    private final CompanyService companies;
    private final ReportSettings settings;
    private final CashFlowMapping cashFlowMapping = CashFlowMapping.load();
    private final StatementForm chinaBalanceSheet = StatementForm.chinaBalanceSheet();
    private final StatementForm chinaIncomeStatement = StatementForm.chinaIncomeStatement();

    @Activate
    public LedgerReportService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference CompanyService companies, ReportsConfig config) {
        this(schema, dataSource, companies, ReportSettings.of(config));
    }

    /** With the default configuration. */
    public LedgerReportService(SchemaReady schema, DataSource dataSource, CompanyService companies) {
        this(schema, dataSource, companies, ReportSettings.DEFAULTS);
    }

    public LedgerReportService(SchemaReady schema, DataSource dataSource, CompanyService companies,
                               ReportSettings settings) {
        this.ledger = new LedgerReader(new Sql(dataSource));
        this.companies = companies;
        this.settings = settings;
    }

    @Override
    public TrialBalance trialBalance(long companyId, LocalDate from, LocalDate to) {
        requireSpan(from, to);
        List<ChartNode> chart = ledger.chart(companyId);
        ChartSums opening = new ChartSums(chart, ledger.cumulative(companyId, from.minusDays(1)));
        ChartSums closing = new ChartSums(chart, ledger.cumulative(companyId, to));
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
        List<ChartNode> chart = ledger.chart(companyId);
        ChartNode account = chart.stream().filter(a -> a.code().equals(accountCode)).findFirst()
                .orElseThrow(() -> NotFoundException.of(Text.of("Account", "会计科目"), accountCode));
        Set<Long> ids = LedgerReader.withSubAccounts(chart, account.id());
        int sign = account.normalBalance() == NormalBalance.DEBIT ? 1 : -1;
        Function<BigDecimal, Money> money = money(companyId);
        BigDecimal opening = new ChartSums(chart, ledger.cumulative(companyId, from.minusDays(1))).of(account.id()).net()
                .multiply(BigDecimal.valueOf(sign));
        List<LedgerEntry> entries = ledger.entries(companyId, ids, from, to, opening, sign, money);
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (LedgerEntry e : entries) {
            debit = debit.add(e.debit().amount());
            credit = credit.add(e.credit().amount());
        }
        Money closing = entries.isEmpty() ? money.apply(opening) : entries.get(entries.size() - 1).balance();
        return new AccountLedger(account.code(), account.name(), account.normalBalance(), from, to, money.apply(opening),
                entries, money.apply(debit), money.apply(credit), closing);
    }

    @Override
    public FinancialStatement balanceSheet(long companyId, LocalDate at) {
        return balanceSheet(companyId, at, StatementLayout.DEFAULT);
    }

    @Override
    public FinancialStatement balanceSheet(long companyId, LocalDate at, StatementLayout layout) {
        LocalDate day = at == null ? LocalDate.now() : at;
        List<ChartNode> chart = ledger.chart(companyId);
        ChartSums sums = new ChartSums(chart, ledger.cumulative(companyId, day));
        Function<BigDecimal, Money> money = money(companyId);
        if (layout == StatementLayout.CN) {
            return new FinancialStatement("balanceSheet", null, day, currency(companyId),
                    chinaBalanceSheet.lines(sums, money));
        }
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
        return incomeStatement(companyId, from, to, StatementLayout.DEFAULT);
    }

    @Override
    public FinancialStatement incomeStatement(long companyId, LocalDate from, LocalDate to, StatementLayout layout) {
        requireSpan(from, to);
        List<ChartNode> chart = ledger.chart(companyId);
        Map<Long, Sums> movement = new HashMap<>(ledger.movement(companyId, from, to));
        ledger.closingEntries(companyId, from, to).forEach((id, s) -> movement.merge(id, Sums.ZERO.minus(s), Sums::plus));
        ChartSums sums = new ChartSums(chart, movement);
        Function<BigDecimal, Money> money = money(companyId);
        if (layout == StatementLayout.CN) {
            return new FinancialStatement("incomeStatement", from, to, currency(companyId),
                    chinaIncomeStatement.lines(sums, money));
        }
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal revenue = section(lines, sums, AccountType.REVENUE, "revenue", "收入", "Revenue", -1, money);
        BigDecimal expenses = section(lines, sums, AccountType.EXPENSE, "expenses", "费用", "Expenses", 1, money);
        lines.add(new StatementLine("netProfit", "净利润", "Net profit", 0, money.apply(revenue.subtract(expenses))));
        return new FinancialStatement("incomeStatement", from, to, currency(companyId), lines);
    }

    @Override
    public CashFlowStatement cashFlow(long companyId, LocalDate from, LocalDate to) {
        requireSpan(from, to);
        List<ChartNode> chart = ledger.chart(companyId);
        Map<Long, ChartNode> accounts = new HashMap<>();
        chart.forEach(a -> accounts.put(a.id(), a));
        Set<Long> cash = new HashSet<>();
        List<ChartNode> cashTops = new ArrayList<>();
        for (String code : settings.cashAccounts()) {
            chart.stream().filter(a -> a.code().equals(code)).findFirst().ifPresent(a -> {
                if (!cash.contains(a.id())) {
                    cashTops.add(a);
                    cash.addAll(LedgerReader.withSubAccounts(chart, a.id()));
                }
            });
        }
        Map<CashFlowItem, BigDecimal> flows = new EnumMap<>(CashFlowItem.class);
        for (LedgerReader.CashVoucher v : ledger.cashVouchers(companyId, cash, from, to, accounts)) {
            cashFlowMapping.classify(v.lines(), v.reversal()).forEach((item, amount) -> flows.merge(item, amount,
                    BigDecimal::add));
        }
        Function<BigDecimal, Money> money = money(companyId);
        List<StatementLine> lines = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO;
        for (CashFlowItem.Section section : CashFlowItem.Section.values()) {
            int header = lines.size();
            BigDecimal sectionNet = BigDecimal.ZERO;
            for (CashFlowItem item : CashFlowItem.values()) {
                if (item.section == section) {
                    BigDecimal amount = flows.getOrDefault(item, BigDecimal.ZERO);
                    sectionNet = item.receipt ? sectionNet.add(amount) : sectionNet.subtract(amount);
                    lines.add(new StatementLine(item.key(), item.label, item.labelEn, 2, money.apply(amount)));
                }
            }
            lines.add(header, new StatementLine(section.key, section.label, section.labelEn, 1, money.apply(sectionNet)));
            net = net.add(sectionNet);
        }
        BigDecimal opening = cashBalance(chart, cashTops, ledger.cumulative(companyId, from.minusDays(1)));
        BigDecimal closing = cashBalance(chart, cashTops, ledger.cumulative(companyId, to));
        lines.add(new StatementLine("netIncrease", "现金净增加额", "Net increase in cash", 0, money.apply(net)));
        lines.add(new StatementLine("openingCash", "加：期初现金余额", "Cash at the beginning of the period", 0,
                money.apply(opening)));
        lines.add(new StatementLine("closingCash", "期末现金余额", "Cash at the end of the period", 0,
                money.apply(closing)));
        return new CashFlowStatement(from, to, currency(companyId), lines, money.apply(net), money.apply(opening),
                money.apply(closing));
    }

    private static BigDecimal cashBalance(List<ChartNode> chart, List<ChartNode> cashTops, Map<Long, Sums> own) {
        ChartSums sums = new ChartSums(chart, own);
        return cashTops.stream().map(a -> sums.of(a.id()).net()).reduce(BigDecimal.ZERO, BigDecimal::add);
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
        lines.add(header, new StatementLine(key, label + "合计", "Total " + labelEn.toLowerCase(Locale.ROOT), 1,
                money.apply(total)));
        lines.addAll(accountLines);
        return total;
    }

    /** Revenue minus expenses of everything posted and not yet closed to equity. */
    private static BigDecimal profit(ChartSums sums) {
        BigDecimal profit = BigDecimal.ZERO;
        for (ChartNode a : sums.topLevel()) {
            if (a.type() == AccountType.REVENUE || a.type() == AccountType.EXPENSE) {
                profit = profit.subtract(sums.of(a.id()).net());
            }
        }
        return profit;
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
