package io.tangram.finance.impl.asset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.impl.service.FinanceJson;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherInput;
import io.tangram.finance.api.VoucherLineInput;
import io.tangram.finance.api.Vouchers;
import io.tangram.finance.api.asset.AssetCategoryDto;
import io.tangram.finance.api.asset.AssetDisposalInput;
import io.tangram.finance.api.asset.AssetDto;
import io.tangram.finance.api.asset.AssetInput;
import io.tangram.finance.api.asset.AssetStatus;
import io.tangram.finance.api.asset.AssetTopics;
import io.tangram.finance.api.asset.FixedAssets;
import io.tangram.finance.impl.service.PeriodGuard;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * The asset register in {@code fin_asset}. Every change is one transaction that locks the asset row
 * first; every check that can refuse runs before the first write, and the acquisition and disposal
 * vouchers are posted through {@link Vouchers#record} in the same transaction.
 */
@Component(service = FixedAssets.class)
public class FixedAssetService implements FixedAssets {
    /** Source type of an acquisition voucher; the reference is the asset code. */
    public static final String ACQUISITION_SOURCE = "FA";
    /** Source type of a disposal voucher; the reference is the asset code. */
    public static final String DISPOSAL_SOURCE = "FAD";

    static final Text ASSET = Text.of("Fixed asset", "固定资产");

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;
    private final CompanyService companies;
    private final Vouchers vouchers;

    @Activate
    public FixedAssetService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
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

    // ---------------------------------------------------------------- reading

    @Override
    public List<AssetDto> list(long companyId, AssetStatus status) {
        Currency currency = currency(companyId);
        Set<Long> depreciated = Set.copyOf(sql.list("SELECT DISTINCT l.asset_id FROM fin_depreciation_line l"
                + " JOIN fin_depreciation_run r ON r.id = l.run_id WHERE r.company_id = ? AND r.status = 'POSTED'",
                rs -> rs.getLong(1), companyId));
        List<AssetRow> rows = status == null
                ? sql.list(AssetRow.SELECT + " WHERE a.company_id = ? ORDER BY a.code", AssetRow::of, companyId)
                : sql.list(AssetRow.SELECT + " WHERE a.company_id = ? AND a.status = ? ORDER BY a.code", AssetRow::of,
                        companyId, status);
        return rows.stream().map(a -> a.dto(currency, depreciated.contains(a.id()))).toList();
    }

    @Override
    public AssetDto get(long id) {
        return dto(row(id));
    }

    private AssetDto dto(AssetRow a) {
        return a.dto(currency(a.companyId()), depreciatedByRun(a.id()).isPresent());
    }

    /** The period of the latest posted run that depreciated the asset, if any. */
    private Optional<String> depreciatedByRun(long assetId) {
        return sql.one("SELECT r.period FROM fin_depreciation_line l JOIN fin_depreciation_run r ON r.id = l.run_id"
                + " WHERE l.asset_id = ? AND r.status = 'POSTED' ORDER BY r.period DESC FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getString(1).strip(), assetId);
    }

    private AssetRow row(long id) {
        return sql.one(AssetRow.SELECT + " WHERE a.id = ?", AssetRow::of, id)
                .orElseThrow(() -> NotFoundException.of(ASSET, id));
    }

    /** Locks the asset row for the rest of the transaction and reads it. */
    private AssetRow lock(long id) {
        if (sql.update("UPDATE fin_asset SET updated_at = updated_at WHERE id = ?", id) == 0) {
            throw NotFoundException.of(ASSET, id);
        }
        return row(id);
    }

    private Currency currency(long companyId) {
        return Currency.getInstance(companies.get(companyId).currency());
    }

    // ---------------------------------------------------------------- registering and correcting

    /** An asset as checked: defaults applied, amounts at scale 2, opening months computed. */
    private record Checked(long companyId, String code, String name, AssetCategoryDto category, LocalDate date,
                           BigDecimal cost, BigDecimal residual, int life, String costCentre, String creditAccount,
                           BigDecimal openingAccumulated, YearMonth openingThrough, int openingMonths) {

        AssetStatus status() {
            return DepreciationSchedule.fullyDepreciated(cost, residual, openingAccumulated)
                    ? AssetStatus.FULLY_DEPRECIATED : AssetStatus.ACTIVE;
        }
    }

    @Override
    public AssetDto register(AssetInput input) {
        AssetInput in = AssetChecks.requireBody(input);
        long companyId = AssetChecks.company(in.companyId());
        return tx.required(() -> {
            Checked c = check(companyId, in);
            if (sql.one("SELECT id FROM fin_asset WHERE company_id = ? AND code = ?", rs -> rs.getLong(1), companyId,
                    c.code()).isPresent()) {
                throw taken(c.code());
            }
            Long voucherId = null;
            if (c.creditAccount() != null) {
                voucherId = postAcquisition(c).id();
            }
            Instant now = Instant.now();
            long id;
            try {
                id = sql.insert("INSERT INTO fin_asset (company_id, code, name, category_id, acquisition_date, cost,"
                        + " residual_value, useful_life_months, cost_centre, status, opening_accumulated, opening_months,"
                        + " opening_through, accumulated_depreciation, depreciated_months, depreciated_through,"
                        + " credit_account, acquisition_voucher_id, created_by, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, c.code(),
                        c.name(), c.category().id(), c.date(), c.cost(), c.residual(), c.life(), c.costCentre(),
                        c.status(), c.openingAccumulated(), c.openingMonths(), through(c), c.openingAccumulated(),
                        c.openingMonths(), through(c), c.creditAccount(), Sql.orNull(voucherId), CallContext.actorName(),
                        now, now);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(Text.of("Fixed asset {0} exists already", "固定资产 {0} 已存在", c.code()));
            }
            AssetDto registered = get(id);
            audit.record("finance", "register", "asset", String.valueOf(id), FinanceJson.write(registered));
            return registered;
        });
    }

    @Override
    public AssetDto update(long id, AssetInput input) {
        AssetInput in = AssetChecks.requireBody(input);
        return tx.required(() -> {
            AssetRow a = lock(id);
            if (a.status() == AssetStatus.DISPOSED) {
                throw new ConflictException(Text.of("Fixed asset {0} is disposed and cannot be changed",
                        "固定资产 {0} 已处置，不能修改", a.code()));
            }
            Optional<String> run = depreciatedByRun(id);
            if (run.isPresent()) {
                throw new ConflictException(Text.of("Fixed asset {0} is depreciated by the run for {1} and can no longer"
                        + " be changed; undo the depreciation runs back to its first one to correct it",
                        "固定资产 {0} 已在 {1} 计提折旧，不能再修改；如需更正，请先撤销其首次计提以来的折旧", a.code(), run.get()));
            }
            Validation v = new Validation();
            if (in.companyId() != null && in.companyId() != a.companyId()) {
                v.add("companyId", Text.of("cannot be changed", "不能修改"));
            }
            if (AssetChecks.blankToNull(in.code()) != null && !in.code().strip().equals(a.code())) {
                v.add("code", Text.of("cannot be changed", "不能修改"));
            }
            v.throwIfInvalid();
            AssetInput same = new AssetInput(a.companyId(), a.code(), in.name(), in.categoryCode(), in.acquisitionDate(),
                    in.cost(), in.residualValue(), in.usefulLifeMonths(), in.costCentre(),
                    a.acquisitionVoucherId() != null && AssetChecks.blankToNull(in.creditAccount()) == null
                            ? a.creditAccount() : in.creditAccount(),
                    in.openingAccumulatedDepreciation(), in.openingDepreciatedThrough());
            Checked c = check(a.companyId(), same);
            if (a.acquisitionVoucherId() != null && (c.cost().compareTo(a.cost()) != 0 || !c.date().equals(a.acquisitionDate())
                    || !a.creditAccount().equals(c.creditAccount()) || !a.assetAccount().equals(c.category().assetAccount()))) {
                throw new ConflictException(Text.of("The acquisition of fixed asset {0} is posted as voucher {1}: its cost,"
                        + " date, credit account and asset account cannot change. Reverse that voucher and register the"
                        + " asset under a new code instead", "固定资产 {0} 的购入已过账（凭证 {1}），原值、日期、贷方科目和资产科目不能修改；"
                        + "请冲销该凭证并以新编号重新登记", a.code(), voucherLabel(a.acquisitionVoucherId())));
            }
            if (a.acquisitionVoucherId() == null && c.creditAccount() != null) {
                throw new ConflictException(Text.of("Fixed asset {0} was registered with an opening balance; its"
                        + " acquisition cannot be posted afterwards", "固定资产 {0} 按期初余额登记，不能再补过购入凭证", a.code()));
            }
            sql.update("UPDATE fin_asset SET name = ?, category_id = ?, acquisition_date = ?, cost = ?, residual_value = ?,"
                    + " useful_life_months = ?, cost_centre = ?, status = ?, opening_accumulated = ?, opening_months = ?,"
                    + " opening_through = ?, accumulated_depreciation = ?, depreciated_months = ?, depreciated_through = ?,"
                    + " updated_at = ? WHERE id = ?", c.name(), c.category().id(), c.date(), c.cost(), c.residual(), c.life(),
                    c.costCentre(), c.status(), c.openingAccumulated(), c.openingMonths(), through(c),
                    c.openingAccumulated(), c.openingMonths(), through(c), Instant.now(), id);
            AssetDto updated = get(id);
            audit.record("finance", "update", "asset", String.valueOf(id), FinanceJson.write(updated));
            return updated;
        });
    }

    private static Object through(Checked c) {
        return c.openingThrough() == null ? Sql.Null.VARCHAR : c.openingThrough().toString();
    }

    private static ConflictException taken(String code) {
        return new ConflictException(Text.of("Fixed asset {0} exists already", "固定资产 {0} 已存在", code));
    }

    private Checked check(long companyId, AssetInput in) {
        Validation v = new Validation();
        AssetChecks.companyExists(companies, companyId, v);
        String code = AssetChecks.blankToNull(in.code());
        String name = AssetChecks.blankToNull(in.name());
        v.required("code", code).maxLength("code", code, 32);
        v.required("name", name).maxLength("name", name, 200);
        String categoryCode = AssetChecks.blankToNull(in.categoryCode());
        v.required("categoryCode", categoryCode);
        AssetCategoryDto category = null;
        if (categoryCode != null) {
            category = AssetCategoryService.find(sql, companyId, categoryCode).orElse(null);
            if (category == null) {
                v.add("categoryCode", Text.of("there is no asset category {0}; load the default categories or create it",
                        "不存在资产类别 {0}；请导入默认类别或新建", categoryCode));
            }
        }
        v.required("acquisitionDate", in.acquisitionDate());
        v.required("cost", in.cost());
        AssetChecks.amount("cost", in.cost(), v);
        if (in.cost() != null && in.cost().signum() == 0) {
            v.add("cost", Text.of("must be greater than zero", "必须大于零"));
        }
        AssetChecks.amount("residualValue", in.residualValue(), v);
        AssetChecks.amount("openingAccumulatedDepreciation", in.openingAccumulatedDepreciation(), v);
        Integer lifeGiven = in.usefulLifeMonths() != null ? in.usefulLifeMonths()
                : category == null ? null : Integer.valueOf(category.usefulLifeMonths());
        if (in.usefulLifeMonths() != null && (in.usefulLifeMonths() < 1
                || in.usefulLifeMonths() > AssetCategoryService.MAX_LIFE_MONTHS)) {
            v.add("usefulLifeMonths", Text.of("must be from 1 to {0} months", "必须在 1 到 {0} 个月之间",
                    AssetCategoryService.MAX_LIFE_MONTHS));
        }
        String costCentre = AssetChecks.blankToNull(in.costCentre());
        v.maxLength("costCentre", costCentre, 32);
        String creditAccount = AssetChecks.blankToNull(in.creditAccount());
        AssetChecks.postableAccount(sql, companyId, "creditAccount", creditAccount, v);
        BigDecimal opening = in.openingAccumulatedDepreciation() == null ? BigDecimal.ZERO
                : in.openingAccumulatedDepreciation();
        String throughText = AssetChecks.blankToNull(in.openingDepreciatedThrough());
        if (creditAccount != null && (opening.signum() != 0 || throughText != null)) {
            v.add("openingAccumulatedDepreciation", Text.of("an acquisition posted now has no depreciation yet; leave"
                    + " creditAccount empty to record an opening balance", "本次过账购入的资产尚无折旧；登记期初余额时请不填贷方科目"));
        }
        YearMonth through = null;
        if (throughText != null) {
            try {
                through = PeriodGuard.parse("openingDepreciatedThrough", throughText);
            } catch (io.tangram.platform.api.error.ValidationException e) {
                v.add("openingDepreciatedThrough", Text.of("must be a month like 2025-12", "必须是年月，例如 2025-12"));
            }
        } else if (opening.signum() > 0) {
            v.add("openingDepreciatedThrough", Text.of("is required with an opening accumulated depreciation: the last"
                    + " month it covers, e.g. 2025-12", "填写期初累计折旧时必填：其涵盖的最后月份，例如 2025-12"));
        }
        if (v.hasErrors()) {
            v.throwIfInvalid();
        }
        BigDecimal cost = AssetChecks.fen(in.cost());
        BigDecimal residual = in.residualValue() != null ? AssetChecks.fen(in.residualValue())
                : cost.multiply(category.residualRate()).setScale(DepreciationSchedule.SCALE, RoundingMode.HALF_UP);
        int life = lifeGiven;
        BigDecimal accumulated = AssetChecks.fen(opening);
        if (residual.compareTo(cost) > 0) {
            v.add("residualValue", Text.of("must not exceed the cost {0}", "不能大于原值 {0}", cost.toPlainString()));
        } else {
            BigDecimal depreciable = DepreciationSchedule.depreciable(cost, residual);
            if (accumulated.compareTo(depreciable) > 0) {
                v.add("openingAccumulatedDepreciation", Text.of("must not exceed cost − residual value ({0})",
                        "不能大于原值减残值（{0}）", depreciable.toPlainString()));
            }
            if (depreciable.signum() > 0 && DepreciationSchedule.monthly(cost, residual, life).signum() == 0) {
                v.add("usefulLifeMonths", Text.of("spreads {0} over so many months that a month is less than 0.01",
                        "将 {0} 分摊到这么多个月，每月不足 0.01", depreciable.toPlainString()));
            }
        }
        int months = 0;
        if (through != null) {
            YearMonth first = DepreciationSchedule.firstPeriod(in.acquisitionDate());
            if (through.isBefore(first)) {
                v.add("openingDepreciatedThrough", Text.of("is before {0}, the first month depreciated (the month after"
                        + " the acquisition)", "早于首个计提月份 {0}（购入次月）", first.toString()));
            }
            months = DepreciationSchedule.monthsThrough(in.acquisitionDate(), through);
            if (months > life) {
                v.add("openingDepreciatedThrough", Text.of("covers {0} months, more than the useful life of {1} months",
                        "涵盖 {0} 个月，超过使用寿命 {1} 个月", months, life));
            }
        }
        v.throwIfInvalid();
        return new Checked(companyId, code, name, category, in.acquisitionDate(), cost, residual, life, costCentre,
                creditAccount, accumulated, through, months);
    }

    private VoucherDto postAcquisition(Checked c) {
        new PeriodGuard(sql).requireOpen(c.companyId(), c.date());
        requireNotPosted(c.companyId(), ACQUISITION_SOURCE, c.code());
        String description = "购入固定资产 " + c.code() + " " + c.name() + " / Acquisition of fixed asset " + c.code();
        return vouchers.record(new VoucherInput(c.companyId(), c.date(), truncate(description), List.of(
                new VoucherLineInput(c.category().assetAccount(), c.cost(), BigDecimal.ZERO, null, null, c.name(),
                        c.costCentre(), null),
                new VoucherLineInput(c.creditAccount(), BigDecimal.ZERO, c.cost(), null, null, c.name(), null, null)),
                ACQUISITION_SOURCE, c.code()));
    }

    private void requireNotPosted(long companyId, String sourceType, String sourceRef) {
        Optional<VoucherDto> posted = vouchers.findBySource(companyId, sourceType, sourceRef);
        if (posted.isPresent()) {
            throw new ConflictException(Text.of("{0}:{1} is already posted as voucher {2}", "{0}:{1} 已过账，凭证号 {2}",
                    sourceType, sourceRef, posted.get().number()));
        }
    }

    private String voucherLabel(long voucherId) {
        VoucherDto v = vouchers.get(voucherId);
        return v.number() == null ? "#" + voucherId : v.number();
    }

    // ---------------------------------------------------------------- disposal

    @Override
    public AssetDto dispose(long id, AssetDisposalInput input) {
        AssetDisposalInput in = AssetChecks.requireBody(input);
        return tx.required(() -> {
            AssetRow a = lock(id);
            Validation v = new Validation();
            v.required("date", in.date());
            AssetChecks.amount("proceeds", in.proceeds(), v);
            BigDecimal proceeds = in.proceeds() == null ? BigDecimal.ZERO : in.proceeds();
            String proceedsAccount = AssetChecks.blankToNull(in.proceedsAccount());
            if (proceeds.signum() > 0 && proceedsAccount == null) {
                v.add("proceedsAccount", Text.of("is required when there are proceeds, e.g. 1002 or 1122",
                        "有处置收入时必填，例如 1002 或 1122"));
            }
            AssetChecks.postableAccount(sql, a.companyId(), "proceedsAccount", proceedsAccount, v);
            String reason = AssetChecks.blankToNull(in.reason());
            v.maxLength("reason", reason, 300);
            if (in.date() != null && in.date().isBefore(a.acquisitionDate())) {
                v.add("date", Text.of("is before the acquisition date {0}", "早于购入日期 {0}", a.acquisitionDate().toString()));
            }
            v.throwIfInvalid();
            if (a.status() == AssetStatus.DISPOSED) {
                throw new ConflictException(Text.of("Fixed asset {0} is already disposed on {1}", "固定资产 {0} 已于 {1} 处置",
                        a.code(), a.disposalDate().toString()));
            }
            requireDepreciatedThrough(a, YearMonth.from(in.date()));
            new PeriodGuard(sql).requireOpen(a.companyId(), in.date());
            requireNotPosted(a.companyId(), DISPOSAL_SOURCE, a.code());
            BigDecimal fenProceeds = AssetChecks.fen(proceeds);
            String description = truncate("处置固定资产 " + a.code() + " " + a.name() + " / Disposal of fixed asset " + a.code()
                    + (reason == null ? "" : ": " + reason));
            DisposalEntry entry = DisposalEntry.of(a.cost(), a.accumulated(), fenProceeds, new DisposalEntry.Accounts(
                    a.assetAccount(), a.accumulatedAccount(), a.disposalAccount(), proceedsAccount), a.name(),
                    a.costCentre());
            VoucherDto voucher = vouchers.record(new VoucherInput(a.companyId(), in.date(), description, entry.lines(),
                    DISPOSAL_SOURCE, a.code()));
            sql.update("UPDATE fin_asset SET status = ?, disposal_date = ?, disposal_proceeds = ?, disposal_voucher_id = ?,"
                    + " updated_at = ? WHERE id = ?", AssetStatus.DISPOSED, in.date(), fenProceeds, voucher.id(),
                    Instant.now(), id);
            AssetDto disposed = get(id);
            events.publish(AssetTopics.ASSET_DISPOSED, a.companyId(), a.code(), FinanceJson.object("assetId", id,
                    "companyId", a.companyId(), "code", a.code(), "date", in.date(), "proceeds", fenProceeds,
                    "netBookValue", entry.netBookValue(), "voucherId", voucher.id()));
            audit.record("finance", "dispose", "asset", String.valueOf(id), FinanceJson.object("code", a.code(),
                    "date", in.date(), "proceeds", fenProceeds, "proceedsAccount", proceedsAccount,
                    "netBookValue", entry.netBookValue(), "gain", entry.gain(), "voucherId", voucher.id(),
                    "voucherNumber", voucher.number(), "reason", reason));
            return disposed;
        });
    }

    /**
     * 当月减少当月照提: an asset still depreciating must be depreciated through the disposal month,
     * and never beyond it.
     */
    private void requireDepreciatedThrough(AssetRow a, YearMonth month) {
        if (a.depreciatedThrough() != null && a.depreciatedThrough().isAfter(month)) {
            throw new ConflictException(Text.of("Fixed asset {0} is depreciated through {1}, after the disposal date;"
                    + " date the disposal in {1} or later, or undo the depreciation runs after {2}",
                    "固定资产 {0} 已计提折旧至 {1}，晚于处置日期；请将处置日期定在 {1} 或之后，或撤销 {2} 之后的折旧计提",
                    a.code(), a.depreciatedThrough().toString(), month.toString()));
        }
        if (a.status() != AssetStatus.ACTIVE || a.nextDue().isAfter(month)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        Set<String> run = Set.copyOf(sql.list("SELECT period FROM fin_depreciation_run WHERE company_id = ?"
                + " AND status = 'POSTED'", rs -> rs.getString(1).strip(), a.companyId()));
        for (YearMonth m = a.nextDue(); !m.isAfter(month); m = m.plusMonths(1)) {
            if (!run.contains(m.toString())) {
                missing.add(m.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new ConflictException(Text.of("Run the depreciation for {0} first: fixed asset {1} is depreciated"
                    + " through the month of its disposal {2} (当月减少当月照提)",
                    "请先计提 {0} 的折旧：固定资产 {1} 在处置当月 {2} 照提折旧", missing.get(0), a.code(), month.toString()));
        }
        throw new ConflictException(Text.of("Fixed asset {0} was registered after the depreciation for {1} was run, so"
                + " it is not depreciated from {1} to {2}; undo the latest depreciation run and run it again to catch up,"
                + " then dispose of it", "固定资产 {0} 在 {1} 折旧计提之后才登记，{1} 至 {2} 尚未计提；请撤销最近一次折旧计提并重新计提以补提，再处置",
                a.code(), a.nextDue().toString(), month.toString()));
    }

    static String truncate(String description) {
        return description.length() <= 500 ? description : description.substring(0, 500);
    }
}
