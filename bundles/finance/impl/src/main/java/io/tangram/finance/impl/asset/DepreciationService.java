package io.tangram.finance.impl.asset;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.impl.service.FinanceJson;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.Vouchers;
import io.tangram.finance.api.asset.AssetStatus;
import io.tangram.finance.api.asset.AssetTopics;
import io.tangram.finance.api.asset.Depreciation;
import io.tangram.finance.api.asset.DepreciationLineDto;
import io.tangram.finance.api.asset.DepreciationRunDto;
import io.tangram.finance.api.asset.DepreciationRunStatus;
import io.tangram.finance.impl.service.PeriodGuard;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Monthly depreciation runs in {@code fin_depreciation_run} / {@code fin_depreciation_line}. A run
 * computes every active asset due in the month, refuses before writing anything when the month is
 * run already, closed, or an earlier month is missing, then posts one voucher through
 * {@link Vouchers#record} (source {@code DEP}) and moves the assets on, all in one transaction. The
 * unique {@code (company_id, posted_period)} key keeps two concurrent runs of a month from both
 * committing.
 */
@Component(service = Depreciation.class)
public class DepreciationService implements Depreciation {
    /** Source type of a depreciation voucher; the reference is the period ({@code 2026-11}, {@code 2026-11/2} once re-run). */
    public static final String SOURCE = "DEP";

    private static final Text RUN = Text.of("Depreciation run", "折旧计提");

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final CompanyService companies;
    private final Vouchers vouchers;

    @Activate
    public DepreciationService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                               @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                               @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events,
                               @Reference CompanyService companies, @Reference Vouchers vouchers) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
        this.companies = companies;
        this.vouchers = vouchers;
    }

    // ---------------------------------------------------------------- computing

    /** One asset's depreciation in the month: usually one month, several when it catches up (补提). */
    private record Planned(AssetRow asset, BigDecimal amount, int months, int monthNo, BigDecimal accumulatedAfter,
                           boolean last) {
        AssetStatus statusAfter() {
            return last ? AssetStatus.FULLY_DEPRECIATED : AssetStatus.ACTIVE;
        }
    }

    /** Debits are grouped by expense account and cost centre. */
    private record ExpenseKey(String account, String costCentre) {
    }

    private List<Planned> plan(long companyId, YearMonth period) {
        Set<String> posted = postedPeriods(companyId);
        List<AssetRow> active = sql.list(AssetRow.SELECT + " WHERE a.company_id = ? AND a.status = ? ORDER BY a.code",
                AssetRow::of, companyId, AssetStatus.ACTIVE);
        List<Planned> planned = new ArrayList<>();
        YearMonth earliestMissing = null;
        String missingFor = null;
        for (AssetRow a : active) {
            YearMonth due = a.nextDue();
            if (due.isAfter(period)) {
                continue;
            }
            YearMonth missing = null;
            for (YearMonth m = due; m.isBefore(period); m = m.plusMonths(1)) {
                if (!posted.contains(m.toString())) {
                    missing = m;
                    break;
                }
            }
            if (missing != null) {
                if (earliestMissing == null || missing.isBefore(earliestMissing)) {
                    earliestMissing = missing;
                    missingFor = a.code();
                }
                continue;
            }
            BigDecimal amount = BigDecimal.ZERO.setScale(DepreciationSchedule.SCALE);
            BigDecimal accumulated = a.accumulated();
            int done = a.depreciatedMonths();
            int months = 0;
            for (YearMonth m = due; !m.isAfter(period); m = m.plusMonths(1)) {
                BigDecimal month = DepreciationSchedule.nextMonth(a.cost(), a.residualValue(), a.usefulLifeMonths(), done,
                        accumulated);
                if (month.signum() == 0) {
                    break;
                }
                amount = amount.add(month);
                accumulated = accumulated.add(month);
                done++;
                months++;
            }
            if (months > 0) {
                planned.add(new Planned(a, amount, months, done, accumulated,
                        DepreciationSchedule.fullyDepreciated(a.cost(), a.residualValue(), accumulated)));
            }
        }
        if (earliestMissing != null) {
            throw new ConflictException(Text.of("Run the depreciation for {0} first: fixed asset {1} is due from {0}"
                    + " (for an asset brought over from earlier books, record the month its opening depreciation"
                    + " covers instead)", "请先计提 {0} 的折旧：固定资产 {1} 自 {0} 起应计提（如为从旧账结转的资产，请登记期初折旧涵盖的月份）",
                    earliestMissing.toString(), missingFor));
        }
        return planned;
    }

    private Set<String> postedPeriods(long companyId) {
        return Set.copyOf(sql.list("SELECT period FROM fin_depreciation_run WHERE company_id = ? AND status = ?",
                rs -> rs.getString(1).strip(), companyId, DepreciationRunStatus.POSTED));
    }

    private Optional<RunRow> postedRun(long companyId, YearMonth period) {
        return sql.one("SELECT * FROM fin_depreciation_run WHERE company_id = ? AND posted_period = ?",
                DepreciationService::runRow, companyId, period.toString());
    }

    private ConflictException alreadyRun(RunRow run) {
        String number = vouchers.get(run.voucherId()).number();
        return new ConflictException(Text.of("The depreciation for {0} is already posted as voucher {1}. To run it"
                + " again, undo that run first: POST /api/finance/depreciation-runs/{2}/reversal, or"
                + " finance:depreciate --undo \"reason\" {0} at the console; this reverses the voucher (红字冲销)",
                "{0} 的折旧已计提，凭证号 {1}。如需重新计提，请先撤销该次计提：POST /api/finance/depreciation-runs/{2}/reversal，"
                + "或在控制台执行 finance:depreciate --undo \"原因\" {0}；撤销将红字冲销该凭证",
                run.period(), number, String.valueOf(run.id())));
    }

    // ---------------------------------------------------------------- preview and run

    @Override
    public DepreciationRunDto preview(long companyId, String period) {
        YearMonth month = PeriodGuard.parse("period", period);
        Optional<RunRow> posted = postedRun(companyId, month);
        if (posted.isPresent()) {
            throw alreadyRun(posted.get());
        }
        Currency currency = currency(companyId);
        List<Planned> planned = plan(companyId, month);
        List<DepreciationLineDto> lines = planned.stream().map(p -> line(p.asset(), p.amount(), p.monthNo(),
                p.accumulatedAfter(), p.last(), currency)).toList();
        return new DepreciationRunDto(null, companyId, month.toString(), DepreciationRunStatus.PREVIEW,
                total(planned, currency), null, null, null, lines, CallContext.actorName(), Instant.now());
    }

    @Override
    public DepreciationRunDto run(long companyId, String period) {
        YearMonth month = PeriodGuard.parse("period", period);
        return tx.required(() -> {
            Optional<RunRow> posted = postedRun(companyId, month);
            if (posted.isPresent()) {
                throw alreadyRun(posted.get());
            }
            List<Planned> planned = plan(companyId, month);
            if (planned.isEmpty()) {
                throw new ConflictException(Text.of("Nothing to depreciate in {0}: no active fixed asset is due (an asset"
                        + " is depreciated from the month after its acquisition)",
                        "{0} 无需计提折旧：没有到期应提的在用固定资产（资产自购入次月起计提）", month.toString()));
            }
            LocalDate date = month.atEndOfMonth();
            new PeriodGuard(sql).requireOpen(companyId, date);
            long earlier = sql.one("SELECT COUNT(*) FROM fin_depreciation_run WHERE company_id = ? AND period = ?",
                    rs -> rs.getLong(1), companyId, month.toString()).orElse(0L);
            String sourceRef = earlier == 0 ? month.toString() : month + "/" + (earlier + 1);
            VoucherDto voucher = vouchers.record(new VoucherInput(companyId, date, "计提 " + month + " 折旧 / Depreciation "
                    + month, voucherLines(planned, month), SOURCE, sourceRef));
            BigDecimal total = planned.stream().map(Planned::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            String user = CallContext.actorName();
            long runId;
            try {
                runId = sql.insert("INSERT INTO fin_depreciation_run (company_id, period, posted_period, status, total,"
                        + " voucher_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", companyId,
                        month.toString(), month.toString(), DepreciationRunStatus.POSTED, total, voucher.id(), user,
                        Instant.now());
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(Text.of("The depreciation for {0} was posted meanwhile", "{0} 的折旧已被他人同时计提",
                        month.toString()));
            }
            Instant now = Instant.now();
            for (Planned p : planned) {
                AssetRow a = p.asset();
                sql.update("INSERT INTO fin_depreciation_line (run_id, asset_id, expense_account, accumulated_account,"
                        + " cost_centre, amount, months, month_no, accumulated_after, previous_through, previous_status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", runId, a.id(), a.expenseAccount(),
                        a.accumulatedAccount(), a.costCentre(), p.amount(), p.months(), p.monthNo(), p.accumulatedAfter(),
                        a.depreciatedThrough() == null ? Sql.Null.VARCHAR : a.depreciatedThrough().toString(), a.status());
                int moved = sql.update("UPDATE fin_asset SET accumulated_depreciation = ?, depreciated_months = ?,"
                        + " depreciated_through = ?, status = ?, updated_at = ? WHERE id = ? AND status = ?"
                        + " AND accumulated_depreciation = ?", p.accumulatedAfter(), p.monthNo(), month.toString(),
                        p.statusAfter(), now, a.id(), AssetStatus.ACTIVE, a.accumulated());
                if (moved == 0) {
                    throw new ConflictException(Text.of("Fixed asset {0} was changed while the depreciation was run; run"
                            + " it again", "计提折旧期间固定资产 {0} 被修改，请重新计提", a.code()));
                }
            }
            DepreciationRunDto run = get(runId);
            events.publish(AssetTopics.DEPRECIATION_POSTED, companyId, month.toString(), FinanceJson.object("runId", runId,
                    "companyId", companyId, "period", month.toString(), "voucherId", voucher.id(), "total", total,
                    "assets", planned.size()));
            audit.record("finance", "run", "depreciation-run", String.valueOf(runId), FinanceJson.object("period",
                    month.toString(), "voucherId", voucher.id(), "voucherNumber", voucher.number(), "total", total,
                    "assets", planned.size()));
            return run;
        });
    }

    /** Dr each expense account per cost centre, Cr each accumulated-depreciation account. */
    private static List<VoucherLineInput> voucherLines(List<Planned> planned, YearMonth month) {
        Map<ExpenseKey, BigDecimal> debits = new TreeMap<>(Comparator.comparing(ExpenseKey::account)
                .thenComparing(k -> k.costCentre() == null ? "" : k.costCentre()));
        Map<String, BigDecimal> credits = new TreeMap<>();
        for (Planned p : planned) {
            debits.merge(new ExpenseKey(p.asset().expenseAccount(), p.asset().costCentre()), p.amount(), BigDecimal::add);
            credits.merge(p.asset().accumulatedAccount(), p.amount(), BigDecimal::add);
        }
        String description = "折旧 " + month + " depreciation";
        List<VoucherLineInput> lines = new ArrayList<>();
        debits.forEach((k, amount) -> lines.add(new VoucherLineInput(k.account(), amount, BigDecimal.ZERO, null, null,
                description, k.costCentre(), null)));
        credits.forEach((account, amount) -> lines.add(new VoucherLineInput(account, BigDecimal.ZERO, amount, null, null,
                description, null, null)));
        return lines;
    }

    // ---------------------------------------------------------------- undo

    @Override
    public DepreciationRunDto undo(long id, String reason) {
        Validation v = new Validation();
        v.required("reason", reason).maxLength("reason", reason, 300);
        v.throwIfInvalid();
        String why = reason.strip();
        return tx.required(() -> {
            if (sql.update("UPDATE fin_depreciation_run SET created_at = created_at WHERE id = ?", id) == 0) {
                throw NotFoundException.of(RUN, id);
            }
            RunRow run = runRow(id);
            if (run.status() != DepreciationRunStatus.POSTED) {
                throw new ConflictException(Text.of("The depreciation run for {0} is already undone",
                        "{0} 的折旧计提已撤销", run.period()));
            }
            Optional<String> later = sql.one("SELECT period FROM fin_depreciation_run WHERE company_id = ?"
                    + " AND status = ? AND period > ? ORDER BY period DESC FETCH FIRST 1 ROWS ONLY",
                    rs -> rs.getString(1).strip(), run.companyId(), DepreciationRunStatus.POSTED, run.period());
            if (later.isPresent()) {
                throw new ConflictException(Text.of("Undo the depreciation run for {0} first: runs are undone from the"
                        + " latest month back", "请先撤销 {0} 的折旧计提：折旧须从最近的月份往回撤销", later.get()));
            }
            List<String> disposed = sql.list("SELECT a.code FROM fin_depreciation_line l JOIN fin_asset a"
                    + " ON a.id = l.asset_id WHERE l.run_id = ? AND a.status = ? ORDER BY a.code", rs -> rs.getString(1),
                    id, AssetStatus.DISPOSED);
            if (!disposed.isEmpty()) {
                throw new ConflictException(Text.of("Fixed asset {0} of this run has been disposed since; the run for {1}"
                        + " cannot be undone", "本次计提中的固定资产 {0} 已处置，{1} 的折旧计提不能撤销",
                        String.join(", ", disposed), run.period()));
            }
            VoucherDto voucher = vouchers.get(run.voucherId());
            Long reversalId = voucher.reversedByVoucherId();
            if (reversalId == null) {
                new PeriodGuard(sql).requireOpen(run.companyId(), voucher.date());
                reversalId = vouchers.reverse(run.voucherId(), null, "撤销 " + run.period() + " 折旧计提 / Depreciation"
                        + " undone: " + why).id();
            }
            Instant now = Instant.now();
            String user = CallContext.actorName();
            sql.update("UPDATE fin_asset SET accumulated_depreciation = accumulated_depreciation - (SELECT l.amount"
                    + " FROM fin_depreciation_line l WHERE l.run_id = ? AND l.asset_id = fin_asset.id),"
                    + " depreciated_months = depreciated_months - (SELECT l.months FROM fin_depreciation_line l"
                    + " WHERE l.run_id = ? AND l.asset_id = fin_asset.id),"
                    + " depreciated_through = (SELECT l.previous_through FROM fin_depreciation_line l"
                    + " WHERE l.run_id = ? AND l.asset_id = fin_asset.id),"
                    + " status = (SELECT l.previous_status FROM fin_depreciation_line l"
                    + " WHERE l.run_id = ? AND l.asset_id = fin_asset.id), updated_at = ?"
                    + " WHERE id IN (SELECT asset_id FROM fin_depreciation_line WHERE run_id = ?)", id, id, id, id, now, id);
            sql.update("UPDATE fin_depreciation_run SET status = ?, posted_period = ?, reversal_voucher_id = ?,"
                    + " reversed_by = ?, reversed_at = ?, reverse_reason = ? WHERE id = ?", DepreciationRunStatus.REVERSED,
                    Sql.Null.VARCHAR, reversalId, user, now, why, id);
            audit.record("finance", "undo", "depreciation-run", String.valueOf(id), FinanceJson.object("period",
                    run.period(), "voucherId", run.voucherId(), "reversalVoucherId", reversalId, "reason", why));
            return get(id);
        });
    }

    // ---------------------------------------------------------------- reading

    private record RunRow(long id, long companyId, String period, DepreciationRunStatus status, BigDecimal total,
                          long voucherId, Long reversalVoucherId, String createdBy, Instant createdAt) {
    }

    private static RunRow runRow(ResultSet rs) throws SQLException {
        return new RunRow(rs.getLong("id"), rs.getLong("company_id"), rs.getString("period").strip(),
                DepreciationRunStatus.valueOf(rs.getString("status").strip()), rs.getBigDecimal("total"),
                rs.getLong("voucher_id"), Sql.nullableLong(rs, "reversal_voucher_id"), rs.getString("created_by"),
                Sql.instant(rs, "created_at"));
    }

    private RunRow runRow(long id) {
        return sql.one("SELECT * FROM fin_depreciation_run WHERE id = ?", DepreciationService::runRow, id)
                .orElseThrow(() -> NotFoundException.of(RUN, id));
    }

    @Override
    public List<DepreciationRunDto> list(long companyId) {
        return sql.list("SELECT * FROM fin_depreciation_run WHERE company_id = ? ORDER BY period DESC, id DESC",
                DepreciationService::runRow, companyId).stream().map(this::dto).toList();
    }

    @Override
    public DepreciationRunDto get(long id) {
        return dto(runRow(id));
    }

    private DepreciationRunDto dto(RunRow r) {
        Currency currency = currency(r.companyId());
        List<DepreciationLineDto> lines = sql.list("SELECT l.*, a.code, a.name, a.cost, a.residual_value, c.code AS"
                + " category_code FROM fin_depreciation_line l JOIN fin_asset a ON a.id = l.asset_id"
                + " JOIN fin_asset_category c ON c.id = a.category_id WHERE l.run_id = ? ORDER BY a.code", rs -> {
                    BigDecimal after = rs.getBigDecimal("accumulated_after");
                    BigDecimal cost = rs.getBigDecimal("cost");
                    return new DepreciationLineDto(rs.getLong("asset_id"), rs.getString("code"), rs.getString("name"),
                            rs.getString("category_code"), rs.getString("expense_account"),
                            rs.getString("accumulated_account"), rs.getString("cost_centre"),
                            Money.of(rs.getBigDecimal("amount"), currency), rs.getInt("month_no"),
                            Money.of(after, currency), Money.of(cost.subtract(after), currency),
                            DepreciationSchedule.fullyDepreciated(cost, rs.getBigDecimal("residual_value"), after));
                }, r.id());
        return new DepreciationRunDto(r.id(), r.companyId(), r.period(), r.status(), Money.of(r.total(), currency),
                r.voucherId(), vouchers.get(r.voucherId()).number(), r.reversalVoucherId(), lines, r.createdBy(),
                r.createdAt());
    }

    private static DepreciationLineDto line(AssetRow a, BigDecimal amount, int monthNo, BigDecimal accumulatedAfter,
                                            boolean last, Currency currency) {
        return new DepreciationLineDto(a.id(), a.code(), a.name(), a.categoryCode(), a.expenseAccount(),
                a.accumulatedAccount(), a.costCentre(), Money.of(amount, currency), monthNo,
                Money.of(accumulatedAfter, currency), Money.of(a.cost().subtract(accumulatedAfter), currency), last);
    }

    private static Money total(List<Planned> planned, Currency currency) {
        return Money.of(planned.stream().map(Planned::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency);
    }

    private Currency currency(long companyId) {
        return Currency.getInstance(companies.get(companyId).currency());
    }
}
