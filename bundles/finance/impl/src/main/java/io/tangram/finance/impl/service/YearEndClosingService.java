package io.tangram.finance.impl.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.Vouchers;
import io.tangram.finance.api.YearEndClosing;
import io.tangram.finance.api.YearEndClosingDto;
import io.tangram.finance.impl.reports.ChartNode;
import io.tangram.finance.impl.reports.LedgerReader;
import io.tangram.finance.impl.reports.ReportSettings;
import io.tangram.finance.impl.reports.ReportsConfig;
import io.tangram.finance.impl.reports.Sums;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Year-end closing in one transaction: reads every revenue and expense account's balance at 31
 * December, records one voucher ({@code YEC:<year>}) that zeroes them against the profit account
 * and moves the profit account's balance to retained earnings, and keeps the closing in
 * {@code fin_year_end_closing}. The balances are those at year end, so anything a previous year left
 * unclosed is closed too and the revenue and expense accounts always end the year at zero.
 */
@Component(service = YearEndClosing.class, configurationPid = ReportsConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class YearEndClosingService implements YearEndClosing {

    private final Sql sql;
    private final LedgerReader ledger;
    private final Transactions tx;
    private final AuditLog audit;
    private final CompanyService companies;
    private final Vouchers vouchers;
    private final ReportSettings settings;

    @Activate
    public YearEndClosingService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                                 @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                 @Reference Transactions tx, @Reference AuditLog audit,
                                 @Reference CompanyService companies, @Reference Vouchers vouchers,
                                 ReportsConfig config) {
        this(schema, dataSource, tx, audit, companies, vouchers, ReportSettings.of(config));
    }

    /** Without OSGi: the settings as plain values. */
    public YearEndClosingService(SchemaReady schema, DataSource dataSource, Transactions tx, AuditLog audit,
                                 CompanyService companies, Vouchers vouchers, ReportSettings settings) {
        this.sql = new Sql(dataSource);
        this.ledger = new LedgerReader(sql);
        this.tx = tx;
        this.audit = audit;
        this.companies = companies;
        this.vouchers = vouchers;
        this.settings = settings;
    }

    @Override
    public YearEndClosingDto closeYear(long companyId, int year) {
        requireYear(year);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return tx.required(() -> {
            Currency currency = Currency.getInstance(companies.get(companyId).currency().strip());
            Optional<YearEndClosingDto> closed = find(companyId, year);
            if (closed.isPresent()) {
                throw new ConflictException(Text.of("Year {0} is already closed by voucher {1}",
                        "{0} 年度已结转，凭证号 {1}", String.valueOf(year), closed.get().voucherNumber()));
            }
            if (PeriodGuard.isClosed(sql, companyId, PeriodGuard.periodOf(yearEnd))) {
                throw new ConflictException(Text.of("December {0} is closed: reopen period {0}-12 to post the year-end"
                        + " closing", "{0} 年 12 月已结账，请先反结账 {0}-12 再做年末结转", String.valueOf(year)));
            }
            List<ChartNode> chart = ledger.chart(companyId);
            ChartNode profitAccount = account(chart, settings.profitAccounts(), "profitAccount", "本年利润");
            ChartNode retainedAccount = account(chart, settings.retainedEarningsAccounts(), "retainedEarningsAccount",
                    "利润分配");
            Map<Long, Sums> balances = ledger.cumulative(companyId, yearEnd);
            List<VoucherLineInput> lines = new ArrayList<>();
            BigDecimal profit = BigDecimal.ZERO;
            for (ChartNode a : chart) {
                if (a.type() != AccountType.REVENUE && a.type() != AccountType.EXPENSE) {
                    continue;
                }
                BigDecimal net = balances.getOrDefault(a.id(), Sums.ZERO).net();
                if (net.signum() != 0) {
                    lines.add(line(a.code(), net.negate()));
                    profit = profit.subtract(net);
                }
            }
            BigDecimal toRetained = profit.subtract(balances.getOrDefault(profitAccount.id(), Sums.ZERO).net());
            if (lines.isEmpty() && toRetained.signum() == 0) {
                throw new ConflictException(Text.of("Year {0} has no revenue, expense or profit balance to close",
                        "{0} 年度没有需要结转的损益或本年利润余额", String.valueOf(year)));
            }
            if (profit.signum() != 0) {
                lines.add(line(profitAccount.code(), profit.negate()));
            }
            if (toRetained.signum() != 0) {
                lines.add(line(profitAccount.code(), toRetained));
                lines.add(line(retainedAccount.code(), toRetained.negate()));
            }
            VoucherDto voucher = vouchers.record(new VoucherInput(companyId, yearEnd,
                    "年末结转损益 " + year + " / Year-end closing " + year, lines, SOURCE_TYPE, String.valueOf(year)));
            String user = CallContext.actorName();
            try {
                sql.update("INSERT INTO fin_year_end_closing (company_id, fiscal_year, voucher_id, profit_account,"
                        + " retained_earnings_account, net_profit, closed_by, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        companyId, year, voucher.id(), profitAccount.code(), retainedAccount.code(), profit, user,
                        Instant.now());
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(Text.of("Year {0} was closed by someone else meanwhile", "{0} 年度已被他人同时结转",
                        String.valueOf(year)));
            }
            audit.record("finance", "close-year", "year", companyId + ":" + year, FinanceJson.object(
                    "companyId", companyId, "year", year, "voucherId", voucher.id(), "number", voucher.number(),
                    "profitAccount", profitAccount.code(), "retainedEarningsAccount", retainedAccount.code(),
                    "netProfit", profit, "currency", currency.getCurrencyCode(), "movedToRetainedEarnings", toRetained));
            return find(companyId, year).orElseThrow();
        });
    }

    @Override
    public Optional<YearEndClosingDto> find(long companyId, int year) {
        return sql.one("SELECT c.*, v.number, v.voucher_date, v.currency FROM fin_year_end_closing c"
                + " JOIN fin_voucher v ON v.id = c.voucher_id WHERE c.company_id = ? AND c.fiscal_year = ?",
                YearEndClosingService::dto, companyId, year);
    }

    private static YearEndClosingDto dto(ResultSet rs) throws SQLException {
        return new YearEndClosingDto(rs.getLong("company_id"), rs.getInt("fiscal_year"), rs.getLong("voucher_id"),
                rs.getString("number"), Sql.date(rs, "voucher_date"), rs.getString("profit_account"),
                rs.getString("retained_earnings_account"), Money.of(rs.getBigDecimal("net_profit"),
                        Currency.getInstance(rs.getString("currency").strip())), rs.getString("closed_by"),
                Sql.instant(rs, "closed_at"));
    }

    /** A debit line for a positive amount, a credit line for a negative one. */
    private static VoucherLineInput line(String code, BigDecimal debitMinusCredit) {
        BigDecimal debit = debitMinusCredit.max(BigDecimal.ZERO);
        BigDecimal credit = debitMinusCredit.negate().max(BigDecimal.ZERO);
        return new VoucherLineInput(code, debit, credit, null, null, null, null, null);
    }

    private ChartNode account(List<ChartNode> chart, List<String> candidates, String setting, String name) {
        ChartNode account = ReportSettings.first(candidates, chart).orElseThrow(() -> new ConflictException(Text.of(
                "None of the accounts {0} is in the chart: add the {1} account or set {2} in {3}",
                "会计科目中没有 {0}：请新增{1}科目或在 {3} 中设置 {2}", String.join(", ", candidates), name, setting,
                ReportsConfig.PID)));
        if (chart.stream().anyMatch(a -> a.parentId() != null && a.parentId() == account.id())) {
            throw new ConflictException(Text.of("Account {0} has sub-accounts: set {1} in {2} to the one to close to",
                    "科目 {0} 有下级科目：请在 {2} 中将 {1} 设为结转用的末级科目", account.code(), setting, ReportsConfig.PID));
        }
        return account;
    }

    private static void requireYear(int year) {
        if (year < 1900 || year > 9999) {
            throw ValidationException.of("year", Text.of("must be a year between 1900 and 9999",
                    "必须是 1900 到 9999 之间的年份"));
        }
    }
}
