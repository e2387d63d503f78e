package io.tangram.finance.impl.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.finance.api.TrialBalance;
import io.tangram.finance.api.TrialBalanceLine;
import io.tangram.finance.api.VoucherDto;
import io.tangram.finance.api.VoucherLineDto;
import io.tangram.finance.api.asset.AssetCategoryInput;
import io.tangram.finance.api.asset.AssetDisposalInput;
import io.tangram.finance.api.asset.AssetDto;
import io.tangram.finance.api.asset.AssetInput;
import io.tangram.finance.api.asset.AssetStatus;
import io.tangram.finance.api.asset.DepreciationRunDto;
import io.tangram.finance.api.asset.DepreciationRunStatus;
import io.tangram.finance.impl.FinanceBooks;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;

/** Categories, the register, depreciation runs and disposal against every finance migration on Derby. */
class FixedAssetsOnDerbyTest {
    private static final long CO = FinanceBooks.COMPANY;

    private FinanceBooks books;
    private AssetCategoryService categories;
    private FixedAssetService assets;
    private DepreciationService depreciation;

    @BeforeEach
    void books() {
        books = new FinanceBooks();
        categories = new AssetCategoryService(null, books.dataSource, books.tx, books.audit, books.companies);
        assets = new FixedAssetService(null, books.dataSource, books.tx, books.audit, books.events, books.companies,
                books.vouchers);
        depreciation = new DepreciationService(null, books.dataSource, books.tx, books.audit, books.events,
                books.companies, books.vouchers);
        assertEquals(5, categories.loadDefaults(CO));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** An asset bought on {@code date} and paid from the bank (Dr 1601 / Cr 1002). */
    private AssetDto buy(String code, String category, LocalDate date, String cost, String residual, int life,
                         String costCentre) {
        return assets.register(new AssetInput(null, code, "Asset " + code, category, date, d(cost),
                residual == null ? null : d(residual), life, costCentre, "1002", null, null));
    }

    private long count(String table) {
        return books.sql.one("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow();
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private TrialBalanceLine account(TrialBalance tb, String code) {
        return tb.lines().stream().filter(l -> l.accountCode().equals(code)).findFirst().orElseThrow();
    }

    private static String lines(VoucherDto v) {
        StringBuilder s = new StringBuilder();
        for (VoucherLineDto l : v.lines()) {
            s.append(l.accountCode()).append(l.costCentre() == null ? "" : "/" + l.costCentre())
                    .append(l.debit().isZero() ? " Cr " + l.credit().amount() : " Dr " + l.debit().amount()).append('\n');
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- categories

    @Test
    void defaultCategoriesLoadOnceWithTheChinaAccounts() {
        assertEquals(0, categories.loadDefaults(CO));
        assertEquals(List.of("01", "02", "03", "04", "05"), categories.list(CO).stream().map(c -> c.code()).toList());
        var vehicles = categories.get(CO, "03");
        assertEquals("运输工具", vehicles.name());
        assertEquals(48, vehicles.usefulLifeMonths());
        assertEquals(0, d("0.05").compareTo(vehicles.residualRate()));
        assertEquals(List.of("1601", "1602", "5602", "1606"), List.of(vehicles.assetAccount(),
                vehicles.accumulatedDepreciationAccount(), vehicles.depreciationExpenseAccount(), vehicles.disposalAccount()));
    }

    @Test
    void aCategoryNamesItsBadFieldsAndRefusesATakenCode() {
        ValidationException bad = assertThrows(ValidationException.class, () -> categories.create(new AssetCategoryInput(
                null, "", "x", null, 0, d("1.5"), null, null, "9999", "56")));
        assertEquals(Set.of("code", "usefulLifeMonths", "residualRate", "depreciationExpenseAccount", "disposalAccount"),
                fields(bad));
        categories.create(new AssetCategoryInput(null, "06", "生产设备", "Production equipment", 96, null, null, null,
                "5601", null));
        assertEquals("5601", categories.get(CO, "06").depreciationExpenseAccount());
        assertThrows(ConflictException.class, () -> categories.create(new AssetCategoryInput(null, "06", "重复", null, 12,
                null, null, null, null, null)));
        assertTrue(books.audited.contains("create asset-category " + categories.get(CO, "06").id()));
    }

    // ---------------------------------------------------------------- register

    @Test
    void registeringAPurchasePostsTheAcquisitionOnce() {
        AssetDto car = buy("FA-001", "03", LocalDate.of(2026, 3, 10), "120000.00", null, 0 + 48, "SALES");
        assertEquals(d("6000.00"), car.residualValue().amount(), "5% of cost from the category");
        assertEquals(d("2375.00"), car.monthlyDepreciation().amount());
        assertEquals("2026-04", car.firstDepreciationPeriod());
        assertEquals(AssetStatus.ACTIVE, car.status());
        assertEquals(d("120000.00"), car.netBookValue().amount());
        VoucherDto acquisition = books.vouchers.get(car.acquisitionVoucherId());
        assertEquals("FA", acquisition.sourceType());
        assertEquals("FA-001", acquisition.sourceRef());
        assertEquals("1601/SALES Dr 120000.00\n1002 Cr 120000.00\n", lines(acquisition));
        assertTrue(books.audited.contains("register asset " + car.id()));

        assertThrows(ConflictException.class, () -> buy("FA-001", "03", LocalDate.of(2026, 3, 10), "1.00", null, 48,
                null));
        assertEquals(1, count("fin_asset"));
    }

    @Test
    void anOpeningBalancePostsNothingAndContinuesTheSchedule() {
        long vouchersBefore = count("fin_voucher");
        AssetDto building = assets.register(new AssetInput(null, "B-1", "Office", "01", LocalDate.of(2021, 12, 20),
                d("2400000.00"), d("0.00"), 240, null, null, d("480000.00"), "2025-12"));
        assertEquals(vouchersBefore, count("fin_voucher"));
        assertNull(building.acquisitionVoucherId());
        assertEquals(48, building.depreciatedMonths());
        assertEquals("2025-12", building.depreciatedThrough());
        assertEquals(d("1920000.00"), building.netBookValue().amount());
        DepreciationRunDto preview = depreciation.preview(CO, "2026-01");
        assertEquals(d("10000.00"), preview.total().amount());
        assertEquals(49, preview.lines().get(0).monthNo());
    }

    @Test
    void badInputNamesEveryField() {
        ValidationException e = assertThrows(ValidationException.class, () -> assets.register(new AssetInput(null, " ",
                null, "99", null, d("-1"), null, 0, null, "1601.99", null, null)));
        assertEquals(Set.of("code", "name", "categoryCode", "acquisitionDate", "cost", "usefulLifeMonths", "creditAccount"),
                fields(e));
        ValidationException residual = assertThrows(ValidationException.class, () -> buy("X", "04",
                LocalDate.of(2026, 3, 1), "100.00", "200.00", 36, null));
        assertEquals(Set.of("residualValue"), fields(residual));
        ValidationException opening = assertThrows(ValidationException.class, () -> assets.register(new AssetInput(null,
                "X", "x", "04", LocalDate.of(2026, 3, 1), d("100.00"), null, 36, null, "1002", d("10.00"), null)));
        assertTrue(fields(opening).contains("openingAccumulatedDepreciation"));
        ValidationException through = assertThrows(ValidationException.class, () -> assets.register(new AssetInput(null,
                "X", "x", "04", LocalDate.of(2026, 3, 1), d("100.00"), null, 36, null, null, d("10.00"), null)));
        assertEquals(Set.of("openingDepreciatedThrough"), fields(through));
        assertEquals(0, count("fin_asset"));
    }

    @Test
    void aPurchaseIntoAClosedPeriodIsRefusedWithNothingWritten() {
        books.periods.close(CO, "2026-03");
        long vouchersBefore = count("fin_voucher");
        ConflictException e = assertThrows(ConflictException.class, () -> buy("FA-1", "04", LocalDate.of(2026, 3, 5),
                "3600.00", "0.00", 36, null));
        assertTrue(e.text().in(Locale.ENGLISH).contains("2026-03"), e.text().in(Locale.ENGLISH));
        assertEquals(vouchersBefore, count("fin_voucher"));
        assertEquals(0, count("fin_asset"));
    }

    // ---------------------------------------------------------------- depreciation runs

    @Test
    void aRunPostsOneBalancedVoucherPerExpenseAccountAndCostCentre() {
        buy("PC-1", "04", LocalDate.of(2026, 3, 5), "3600.00", "0.00", 36, "ADM");
        buy("PC-2", "04", LocalDate.of(2026, 3, 31), "1000.00", "100.00", 36, "ADM");
        buy("CAR", "03", LocalDate.of(2026, 2, 1), "120000.00", null, 48, "SALES");
        buy("NEW", "04", LocalDate.of(2026, 4, 2), "5000.00", "0.00", 36, "ADM");

        // the car was bought in February, so March is due first, for the preview as for the run
        ConflictException gap = assertThrows(ConflictException.class, () -> depreciation.run(CO, "2026-04"));
        assertTrue(gap.text().in(Locale.ENGLISH).contains("2026-03"), gap.text().in(Locale.ENGLISH));
        assertThrows(ConflictException.class, () -> depreciation.preview(CO, "2026-04"));
        DepreciationRunDto march = depreciation.run(CO, "2026-03");
        assertEquals(List.of("CAR"), march.lines().stream().map(l -> l.assetCode()).toList());

        DepreciationRunDto preview = depreciation.preview(CO, "2026-04");
        assertEquals(DepreciationRunStatus.PREVIEW, preview.status());
        assertNull(preview.id());
        assertEquals(1, count("fin_depreciation_run"), "a preview writes nothing");

        DepreciationRunDto april = depreciation.run(CO, "2026-04");
        // 3600/36 = 100.00; (1000-100)/36 = 25.00; (120000-6000)/48 = 2375.00; NEW bought in April starts in May
        assertEquals(List.of("CAR", "PC-1", "PC-2"), april.lines().stream().map(l -> l.assetCode()).toList());
        assertEquals(d("2500.00"), april.total().amount());
        assertEquals(preview.total(), april.total());
        VoucherDto voucher = books.vouchers.get(april.voucherId());
        assertEquals("DEP", voucher.sourceType());
        assertEquals("2026-04", voucher.sourceRef());
        assertEquals(LocalDate.of(2026, 4, 30), voucher.date());
        assertEquals(voucher.totalDebit(), voucher.totalCredit());
        assertEquals("5602/ADM Dr 125.00\n5602/SALES Dr 2375.00\n1602 Cr 2500.00\n", lines(voucher));

        AssetDto car = assets.list(CO, null).stream().filter(a -> a.code().equals("CAR")).findFirst().orElseThrow();
        assertEquals(d("4750.00"), car.accumulatedDepreciation().amount());
        assertEquals(2, car.depreciatedMonths());
        assertEquals("2026-04", car.depreciatedThrough());
        assertTrue(car.depreciatedByRun());
        assertTrue(books.audited.contains("run depreciation-run " + april.id()));
        assertEquals(1, books.published.stream().filter(p -> p.startsWith("tangram/finance/DepreciationPosted 2026-04"))
                .count());

        TrialBalance tb = books.reports.trialBalance(CO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30));
        assertTrue(tb.balanced());
        assertEquals(d("4875.00"), account(tb, "1602").closingCredit().amount());
    }

    @Test
    void aSecondRunOfTheSameMonthIsRefusedAndWritesNothing() {
        buy("PC-1", "04", LocalDate.of(2026, 3, 5), "3600.00", "0.00", 36, null);
        DepreciationRunDto april = depreciation.run(CO, "2026-04");
        long vouchers = count("fin_voucher");
        long lines = count("fin_depreciation_line");
        ConflictException again = assertThrows(ConflictException.class, () -> depreciation.run(CO, "2026-04"));
        String en = again.text().in(Locale.ENGLISH);
        assertTrue(en.contains(books.vouchers.get(april.voucherId()).number()) && en.contains("undo"), en);
        assertTrue(again.text().in(Locale.SIMPLIFIED_CHINESE).contains("撤销"));
        assertThrows(ConflictException.class, () -> depreciation.preview(CO, "2026-04"));
        assertEquals(vouchers, count("fin_voucher"));
        assertEquals(lines, count("fin_depreciation_line"));
        assertEquals(d("100.00"), assets.list(CO, AssetStatus.ACTIVE).get(0).accumulatedDepreciation().amount());
    }

    @Test
    void aRunIntoAClosedPeriodIsRefusedWithNothingWritten() {
        buy("PC-1", "04", LocalDate.of(2026, 3, 5), "3600.00", "0.00", 36, null);
        books.periods.close(CO, "2026-04");
        long vouchers = count("fin_voucher");
        ConflictException closed = assertThrows(ConflictException.class, () -> depreciation.run(CO, "2026-04"));
        assertTrue(closed.text().in(Locale.ENGLISH).contains("2026-04 is closed"), closed.text().in(Locale.ENGLISH));
        assertEquals(vouchers, count("fin_voucher"));
        assertEquals(0, count("fin_depreciation_run"));
        assertEquals(0, count("fin_depreciation_line"));
        AssetDto pc = assets.list(CO, null).get(0);
        assertEquals(0, pc.depreciatedMonths());
        assertFalse(pc.depreciatedByRun());
    }

    @Test
    void aBadPeriodIsAValidationErrorAndAnEmptyMonthAConflict() {
        assertEquals(Set.of("period"), fields(assertThrows(ValidationException.class,
                () -> depreciation.run(CO, "2026-13"))));
        buy("PC-1", "04", LocalDate.of(2026, 3, 5), "3600.00", "0.00", 36, null);
        assertThrows(ConflictException.class, () -> depreciation.run(CO, "2026-03"), "bought in March: nothing in March");
        assertEquals(0, count("fin_depreciation_run"));
    }

    @Test
    void theLastMonthTakesTheRemainderAndTheAssetStopsFullyDepreciated() {
        AssetDto tool = buy("T-1", "04", LocalDate.of(2026, 1, 15), "1000.00", "0.00", 3, null);
        List<String> amounts = List.of("2026-02", "2026-03", "2026-04").stream()
                .map(p -> depreciation.run(CO, p).lines().get(0).amount().amount().toPlainString()).toList();
        assertEquals(List.of("333.33", "333.33", "333.34"), amounts);
        AssetDto done = assets.get(tool.id());
        assertEquals(AssetStatus.FULLY_DEPRECIATED, done.status());
        assertEquals(d("1000.00"), done.accumulatedDepreciation().amount());
        assertEquals(d("0.00"), done.netBookValue().amount());
        assertTrue(depreciation.get(depreciation.list(CO).get(0).id()).lines().get(0).lastMonth());
        assertThrows(ConflictException.class, () -> depreciation.run(CO, "2026-05"), "nothing left to depreciate");
    }

    @Test
    void undoingARunReversesItsVoucherAndTheMonthCanBeRunAgain() {
        AssetDto pc = buy("PC-1", "04", LocalDate.of(2026, 3, 5), "3600.00", "0.00", 36, null);
        DepreciationRunDto april = depreciation.run(CO, "2026-04");
        DepreciationRunDto may = depreciation.run(CO, "2026-05");
        assertThrows(ConflictException.class, () -> depreciation.undo(april.id(), "wrong"), "May must be undone first");
        assertEquals(Set.of("reason"), fields(assertThrows(ValidationException.class, () -> depreciation.undo(may.id(), " "))));

        DepreciationRunDto undone = depreciation.undo(may.id(), "life was wrong");
        assertEquals(DepreciationRunStatus.REVERSED, undone.status());
        VoucherDto reversal = books.vouchers.get(undone.reversalVoucherId());
        assertEquals(may.voucherId(), reversal.reversesVoucherId());
        AssetDto back = assets.get(pc.id());
        assertEquals("2026-04", back.depreciatedThrough());
        assertEquals(d("100.00"), back.accumulatedDepreciation().amount());
        assertThrows(ConflictException.class, () -> depreciation.undo(may.id(), "again"));

        DepreciationRunDto rerun = depreciation.run(CO, "2026-05");
        assertEquals("2026-05/2", books.vouchers.get(rerun.voucherId()).sourceRef());
        assertEquals(d("200.00"), assets.get(pc.id()).accumulatedDepreciation().amount());
        assertTrue(books.reports.trialBalance(CO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31)).balanced());
        assertTrue(books.audited.contains("undo depreciation-run " + may.id()));
    }

    @Test
    void anAssetRegisteredAfterEarlierRunsIsCaughtUp() {
        buy("PC-1", "04", LocalDate.of(2026, 3, 5), "3600.00", "0.00", 36, null);
        depreciation.run(CO, "2026-04");
        depreciation.run(CO, "2026-05");
        buy("LATE", "04", LocalDate.of(2026, 3, 20), "7200.00", "0.00", 36, null);
        DepreciationRunDto june = depreciation.run(CO, "2026-06");
        var late = june.lines().stream().filter(l -> l.assetCode().equals("LATE")).findFirst().orElseThrow();
        assertEquals(d("600.00"), late.amount().amount(), "April, May and June at 200.00 (补提)");
        assertEquals(3, late.monthNo());
    }

    @Test
    void anAssetCanBeChangedOnlyUntilItIsDepreciated() {
        AssetDto pc = buy("PC-1", "04", LocalDate.of(2026, 3, 5), "3600.00", "0.00", 36, null);
        AssetDto renamed = assets.update(pc.id(), new AssetInput(null, null, "Laptop", "04", pc.acquisitionDate(),
                d("3600.00"), d("0.00"), 24, "IT", null, null, null));
        assertEquals("Laptop", renamed.name());
        assertEquals(d("150.00"), renamed.monthlyDepreciation().amount());
        ConflictException cost = assertThrows(ConflictException.class, () -> assets.update(pc.id(), new AssetInput(null,
                null, "Laptop", "04", pc.acquisitionDate(), d("3000.00"), d("0.00"), 24, "IT", null, null, null)));
        assertTrue(cost.text().in(Locale.ENGLISH).contains("Reverse"), cost.text().in(Locale.ENGLISH));
        depreciation.run(CO, "2026-04");
        assertThrows(ConflictException.class, () -> assets.update(pc.id(), new AssetInput(null, null, "PC", "04",
                pc.acquisitionDate(), d("3600.00"), d("0.00"), 24, "IT", null, null, null)));
        assertTrue(books.audited.contains("update asset " + pc.id()));
    }

    // ---------------------------------------------------------------- disposal

    @Test
    void disposalWithAGainClearsTheAssetThrough1606() {
        AssetDto car = buy("CAR", "03", LocalDate.of(2026, 1, 10), "48000.00", "0.00", 48, "SALES");
        ConflictException first = assertThrows(ConflictException.class, () -> assets.dispose(car.id(),
                new AssetDisposalInput(LocalDate.of(2026, 3, 15), d("50000.00"), "1002", "sold")));
        assertTrue(first.text().in(Locale.ENGLISH).contains("Run the depreciation for 2026-02 first"),
                first.text().in(Locale.ENGLISH));
        depreciation.run(CO, "2026-02");
        ConflictException second = assertThrows(ConflictException.class, () -> assets.dispose(car.id(),
                new AssetDisposalInput(LocalDate.of(2026, 3, 15), d("50000.00"), "1002", "sold")));
        assertTrue(second.text().in(Locale.ENGLISH).contains("2026-03"), "当月减少当月照提: March first");
        depreciation.run(CO, "2026-03");

        AssetDto sold = assets.dispose(car.id(), new AssetDisposalInput(LocalDate.of(2026, 3, 15), d("47000.00"), "1002",
                "sold to a dealer"));
        assertEquals(AssetStatus.DISPOSED, sold.status());
        assertEquals(d("2000.00"), sold.accumulatedDepreciation().amount());
        VoucherDto v = books.vouchers.get(sold.disposalVoucherId());
        assertEquals("FAD", v.sourceType());
        // net book value 46000, proceeds 47000: a gain of 1000 to 5301
        assertEquals("""
                1602/SALES Dr 2000.00
                1606/SALES Dr 46000.00
                1601/SALES Cr 48000.00
                1002/SALES Dr 47000.00
                1606/SALES Cr 47000.00
                1606/SALES Dr 1000.00
                5301/SALES Cr 1000.00
                """, lines(v));
        TrialBalance tb = books.reports.trialBalance(CO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertTrue(tb.balanced());
        TrialBalanceLine clearing = account(tb, "1606");
        assertEquals(clearing.closingDebit(), clearing.closingCredit(), "1606 is cleared");
        assertTrue(account(tb, "1601").closingDebit().isZero());
        assertTrue(account(tb, "1602").closingCredit().isZero());
        assertEquals(d("1000.00"), account(tb, "5301").credit().amount());

        assertThrows(ConflictException.class, () -> assets.dispose(car.id(), new AssetDisposalInput(
                LocalDate.of(2026, 3, 20), BigDecimal.ZERO, null, null)));
        assertThrows(ConflictException.class, () -> depreciation.undo(depreciation.list(CO).get(0).id(), "x"),
                "a run with a disposed asset is not undone");
        DepreciationRunDto april = depreciation.preview(CO, "2026-04");
        assertTrue(april.lines().isEmpty(), "no depreciation after disposal");
        assertTrue(books.audited.contains("dispose asset " + car.id()));
    }

    @Test
    void scrappingWithoutProceedsIsALoss() {
        AssetDto desk = buy("DESK", "05", LocalDate.of(2026, 1, 10), "6000.00", "0.00", 60, null);
        depreciation.run(CO, "2026-02");
        ValidationException noAccount = assertThrows(ValidationException.class, () -> assets.dispose(desk.id(),
                new AssetDisposalInput(LocalDate.of(2026, 2, 20), d("10.00"), null, null)));
        assertEquals(Set.of("proceedsAccount"), fields(noAccount));
        AssetDto scrapped = assets.dispose(desk.id(), new AssetDisposalInput(LocalDate.of(2026, 2, 20), null, null,
                "broken"));
        VoucherDto v = books.vouchers.get(scrapped.disposalVoucherId());
        assertEquals("1602 Dr 100.00\n1606 Dr 5900.00\n1601 Cr 6000.00\n5711 Dr 5900.00\n1606 Cr 5900.00\n", lines(v));
        TrialBalance tb = books.reports.trialBalance(CO, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28));
        assertTrue(tb.balanced());
        assertEquals(d("5900.00"), account(tb, "5711").debit().amount());
    }
}
