package io.tangram.finance.impl.asset;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.impl.service.FinanceJson;
import io.tangram.finance.api.asset.AssetCategories;
import io.tangram.finance.api.asset.AssetCategoryDto;
import io.tangram.finance.api.asset.AssetCategoryInput;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/** Asset categories in {@code fin_asset_category}; the accounts they name are checked to be postable. */
@Component(service = AssetCategories.class)
public class AssetCategoryService implements AssetCategories {
    static final String ASSET_ACCOUNT = "1601";
    static final String ACCUMULATED_ACCOUNT = "1602";
    static final String EXPENSE_ACCOUNT = "5602";
    static final String DISPOSAL_ACCOUNT = "1606";
    static final BigDecimal DEFAULT_RESIDUAL_RATE = new BigDecimal("0.05");
    static final int MAX_LIFE_MONTHS = 1200;

    /** The usual categories of a small Chinese company, loaded by {@link #loadDefaults}. */
    static final List<AssetCategoryInput> DEFAULTS = List.of(
            defaults("01", "房屋及建筑物", "Buildings and structures", 240),
            defaults("02", "机器设备", "Machinery and equipment", 120),
            defaults("03", "运输工具", "Vehicles", 48),
            defaults("04", "电子设备", "Electronic equipment", 36),
            defaults("05", "办公家具", "Office furniture", 60));

    private static final Text CATEGORY = Text.of("Asset category", "资产类别");

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final CompanyService companies;

    @Activate
    public AssetCategoryService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                                @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                @Reference Transactions tx, @Reference AuditLog audit,
                                @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.companies = companies;
    }

    private static AssetCategoryInput defaults(String code, String name, String nameEn, int months) {
        return new AssetCategoryInput(null, code, name, nameEn, months, DEFAULT_RESIDUAL_RATE, null, null, null, null);
    }

    @Override
    public List<AssetCategoryDto> list(long companyId) {
        return sql.list("SELECT * FROM fin_asset_category WHERE company_id = ? ORDER BY code", AssetCategoryService::dto,
                companyId);
    }

    @Override
    public AssetCategoryDto get(long companyId, String code) {
        String c = code == null ? "" : code.strip();
        return find(sql, companyId, c).orElseThrow(() -> NotFoundException.of(CATEGORY, c));
    }

    static Optional<AssetCategoryDto> find(Sql sql, long companyId, String code) {
        return sql.one("SELECT * FROM fin_asset_category WHERE company_id = ? AND code = ?", AssetCategoryService::dto,
                companyId, code);
    }

    @Override
    public AssetCategoryDto create(AssetCategoryInput input) {
        AssetCategoryInput in = AssetChecks.requireBody(input);
        long companyId = AssetChecks.company(in.companyId());
        return tx.required(() -> {
            AssetCategoryDto c = insert(companyId, in);
            audit.record("finance", "create", "asset-category", String.valueOf(c.id()), FinanceJson.write(c));
            return c;
        });
    }

    @Override
    public int loadDefaults(long companyId) {
        return tx.required(() -> {
            int created = 0;
            for (AssetCategoryInput d : DEFAULTS) {
                if (find(sql, companyId, d.code()).isEmpty()) {
                    insert(companyId, d);
                    created++;
                }
            }
            audit.record("finance", "load-defaults", "asset-category", String.valueOf(companyId),
                    FinanceJson.object("companyId", companyId, "created", created));
            return created;
        });
    }

    private AssetCategoryDto insert(long companyId, AssetCategoryInput in) {
        Validation v = new Validation();
        AssetChecks.companyExists(companies, companyId, v);
        String code = AssetChecks.blankToNull(in.code());
        v.required("code", code).maxLength("code", code, 32);
        v.required("name", AssetChecks.blankToNull(in.name())).maxLength("name", AssetChecks.blankToNull(in.name()), 200);
        v.maxLength("nameEn", AssetChecks.blankToNull(in.nameEn()), 200);
        v.required("usefulLifeMonths", in.usefulLifeMonths());
        if (in.usefulLifeMonths() != null && (in.usefulLifeMonths() < 1 || in.usefulLifeMonths() > MAX_LIFE_MONTHS)) {
            v.add("usefulLifeMonths", Text.of("must be from 1 to {0} months", "必须在 1 到 {0} 个月之间", MAX_LIFE_MONTHS));
        }
        BigDecimal rate = in.residualRate() == null ? DEFAULT_RESIDUAL_RATE : in.residualRate();
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || rate.stripTrailingZeros().scale() > 4) {
            v.add("residualRate", Text.of("must be a share from 0 to less than 1 with at most 4 decimals, e.g. 0.05",
                    "必须是 0 到 1 之间（不含 1）的比例，最多四位小数，例如 0.05"));
        }
        String assetAccount = account(in.assetAccount(), ASSET_ACCOUNT);
        String accumulated = account(in.accumulatedDepreciationAccount(), ACCUMULATED_ACCOUNT);
        String expense = account(in.depreciationExpenseAccount(), EXPENSE_ACCOUNT);
        String disposal = account(in.disposalAccount(), DISPOSAL_ACCOUNT);
        AssetChecks.postableAccount(sql, companyId, "assetAccount", assetAccount, v);
        AssetChecks.postableAccount(sql, companyId, "accumulatedDepreciationAccount", accumulated, v);
        AssetChecks.postableAccount(sql, companyId, "depreciationExpenseAccount", expense, v);
        AssetChecks.postableAccount(sql, companyId, "disposalAccount", disposal, v);
        v.throwIfInvalid();
        Text taken = Text.of("Asset category {0} exists already", "资产类别 {0} 已存在", code);
        if (find(sql, companyId, code).isPresent()) {
            throw new ConflictException(taken);
        }
        long id;
        try {
            id = sql.insert("INSERT INTO fin_asset_category (company_id, code, name, name_en, useful_life_months,"
                    + " residual_rate, asset_account, accumulated_account, expense_account, disposal_account, created_by,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, code, in.name().strip(),
                    AssetChecks.blankToNull(in.nameEn()), in.usefulLifeMonths(), rate, assetAccount, accumulated, expense,
                    disposal, CallContext.actorName(), Instant.now());
        } catch (Sql.DuplicateKeyException e) {
            throw e.asConflict(taken);
        }
        return sql.one("SELECT * FROM fin_asset_category WHERE id = ?", AssetCategoryService::dto, id).orElseThrow();
    }

    private static String account(String given, String fallback) {
        String code = AssetChecks.blankToNull(given);
        return code == null ? fallback : code;
    }

    static AssetCategoryDto dto(ResultSet rs) throws SQLException {
        return new AssetCategoryDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("name_en"), rs.getInt("useful_life_months"),
                rs.getBigDecimal("residual_rate").stripTrailingZeros(), rs.getString("asset_account"),
                rs.getString("accumulated_account"), rs.getString("expense_account"), rs.getString("disposal_account"));
    }
}
