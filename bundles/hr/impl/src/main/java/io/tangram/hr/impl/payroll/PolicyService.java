package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Social insurance and housing fund policies per city in {@code hr_si_policy}. A new notice is a
 * new row with its own effective date; payroll picks the one in force for its month.
 */
@Component(service = PolicyService.class)
public class PolicyService {
    private static final String SELECT = "SELECT * FROM hr_si_policy";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public PolicyService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                         @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                         @Reference Transactions tx, @Reference AuditLog audit) {
        this(dataSource, tx, audit, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps the changes. */
    PolicyService(DataSource dataSource, Transactions tx, AuditLog audit, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** The company's policies, by city and newest first. */
    public Page<SocialInsurancePolicy> list(long companyId, PageRequest page) {
        CallContext.require(PayrollPermissions.READ);
        long total = sql.list("SELECT COUNT(*) FROM hr_si_policy WHERE company_id = ?", rs -> rs.getLong(1), companyId)
                .get(0);
        return new Page<>(sql.list(SELECT + " WHERE company_id = ? ORDER BY city_code, effective_from DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", PolicyService::row, companyId, page.offset(), page.limit()),
                total, page.offset(), page.limit());
    }

    public SocialInsurancePolicy get(long id) {
        CallContext.require(PayrollPermissions.READ);
        return load(id).orElseThrow(() -> NotFoundException.of(Text.of("Social insurance policy", "社保政策"), id));
    }

    public SocialInsurancePolicy create(SocialInsurancePolicy input) {
        CallContext.require(PayrollPermissions.MANAGE);
        long companyId = input.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : input.companyId();
        checks(input).throwIfInvalid();
        return tx.required(() -> {
            Instant now = clock.instant();
            long id;
            try {
                id = sql.insert("INSERT INTO hr_si_policy (company_id, city_code, name, name_zh, effective_from, currency,"
                        + " si_floor, si_cap, hf_floor, hf_cap, pension_employee, pension_employer, medical_employee,"
                        + " medical_employer, unemployment_employee, unemployment_employer, injury_employee, injury_employer,"
                        + " maternity_employee, maternity_employer, hf_employee, hf_employer, hf_whole_yuan, updated_by,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?)", values(companyId, input, now, true));
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(duplicate(input));
            }
            SocialInsurancePolicy created = load(id).orElseThrow();
            audit.record("hr", "create", "si-policy", String.valueOf(id), JsonText.write(created));
            return created;
        });
    }

    public SocialInsurancePolicy update(long id, SocialInsurancePolicy input) {
        CallContext.require(PayrollPermissions.MANAGE);
        SocialInsurancePolicy before = get(id);
        checks(input).throwIfInvalid();
        return tx.required(() -> {
            Object[] v = values(before.companyId(), input, clock.instant(), false);
            Object[] args = java.util.Arrays.copyOf(v, v.length + 1);
            args[v.length] = id;
            try {
                sql.update("UPDATE hr_si_policy SET company_id = ?, city_code = ?, name = ?, name_zh = ?, effective_from = ?,"
                        + " currency = ?, si_floor = ?, si_cap = ?, hf_floor = ?, hf_cap = ?, pension_employee = ?,"
                        + " pension_employer = ?, medical_employee = ?, medical_employer = ?, unemployment_employee = ?,"
                        + " unemployment_employer = ?, injury_employee = ?, injury_employer = ?, maternity_employee = ?,"
                        + " maternity_employer = ?, hf_employee = ?, hf_employer = ?, hf_whole_yuan = ?, updated_by = ?,"
                        + " updated_at = ? WHERE id = ?", args);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(duplicate(input));
            }
            SocialInsurancePolicy updated = load(id).orElseThrow();
            audit.record("hr", "update", "si-policy", String.valueOf(id), JsonText.write(updated));
            return updated;
        });
    }

    /** The policy of {@code city} in force in {@code month}, for the module's own use. */
    public Optional<SocialInsurancePolicy> inForce(long companyId, String city, YearMonth month) {
        if (city == null) {
            return Optional.empty();
        }
        List<SocialInsurancePolicy> rows = sql.list(SELECT + " WHERE company_id = ? AND city_code = ? AND effective_from <= ?"
                + " ORDER BY effective_from DESC", PolicyService::row, companyId, city.strip().toUpperCase(Locale.ROOT),
                month.atEndOfMonth());
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private Optional<SocialInsurancePolicy> load(long id) {
        return sql.one(SELECT + " WHERE id = ?", PolicyService::row, id);
    }

    private static Text duplicate(SocialInsurancePolicy in) {
        return Text.of("There is already a policy for {0} from {1}", "{0} 已有自 {1} 起的政策", in.city(),
                String.valueOf(in.effectiveFrom()));
    }

    private static Object[] values(long companyId, SocialInsurancePolicy in, Instant now, boolean withCreated) {
        List<Object> v = new java.util.ArrayList<>(List.of(companyId, in.city().strip().toUpperCase(Locale.ROOT),
                in.name().strip(), in.nameZh() == null ? Sql.Null.VARCHAR : in.nameZh().strip(), in.effectiveFrom(),
                in.currency() == null ? "CNY" : in.currency().strip().toUpperCase(Locale.ROOT), in.siFloor(), in.siCap(),
                in.hfFloor(), in.hfCap(), in.pension().employee(), in.pension().employer(), in.medical().employee(),
                in.medical().employer(), in.unemployment().employee(), in.unemployment().employer(),
                in.workInjury().employee(), in.workInjury().employer(), in.maternity().employee(),
                in.maternity().employer(), in.housingFund().employee(), in.housingFund().employer(),
                in.housingFundWholeYuan(), CallContext.actorName()));
        if (withCreated) {
            v.add(now);
        }
        v.add(now);
        return v.toArray();
    }

    static Validation checks(SocialInsurancePolicy in) {
        Validation v = new Validation();
        v.required("city", in.city()).maxLength("city", in.city(), 32);
        v.required("name", in.name()).maxLength("name", in.name(), 100).maxLength("nameZh", in.nameZh(), 100);
        v.required("effectiveFrom", in.effectiveFrom());
        v.check(in.currency() == null || validCurrency(in.currency()), "currency",
                Text.of("must be an ISO currency code such as CNY", "必须是货币代码，例如 CNY"));
        base(v, "siFloor", in.siFloor());
        base(v, "siCap", in.siCap());
        base(v, "hfFloor", in.hfFloor());
        base(v, "hfCap", in.hfCap());
        if (in.siFloor() != null && in.siCap() != null) {
            v.check(in.siFloor().compareTo(in.siCap()) <= 0, "siCap", Text.of("must not be below siFloor", "不能低于社保基数下限"));
        }
        if (in.hfFloor() != null && in.hfCap() != null) {
            v.check(in.hfFloor().compareTo(in.hfCap()) <= 0, "hfCap", Text.of("must not be below hfFloor", "不能低于公积金基数下限"));
        }
        rates(v, "pension", in.pension());
        rates(v, "medical", in.medical());
        rates(v, "unemployment", in.unemployment());
        rates(v, "workInjury", in.workInjury());
        rates(v, "maternity", in.maternity());
        rates(v, "housingFund", in.housingFund());
        return v;
    }

    private static boolean validCurrency(String code) {
        try {
            Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void base(Validation v, String field, BigDecimal value) {
        v.required(field, value).notNegative(field, value);
    }

    private static void rates(Validation v, String field, ContributionRates rates) {
        if (rates == null) {
            v.required(field, null);
            return;
        }
        rate(v, field + ".employee", rates.employee());
        rate(v, field + ".employer", rates.employer());
    }

    private static void rate(Validation v, String field, BigDecimal rate) {
        v.required(field, rate);
        v.check(rate == null || rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) < 0, field,
                Text.of("must be a decimal from 0 to below 1, e.g. 0.08 for 8 %", "必须是 0 到 1 之间的小数，例如 8% 填 0.08"));
    }

    private static SocialInsurancePolicy row(ResultSet rs) throws SQLException {
        return new SocialInsurancePolicy(rs.getLong("id"), rs.getLong("company_id"), rs.getString("city_code"),
                rs.getString("name"), rs.getString("name_zh"), Sql.date(rs, "effective_from"), rs.getString("currency"),
                amount(rs, "si_floor"), amount(rs, "si_cap"), amount(rs, "hf_floor"), amount(rs, "hf_cap"),
                rates(rs, "pension"), rates(rs, "medical"), rates(rs, "unemployment"), rates(rs, "injury"),
                rates(rs, "maternity"), rates(rs, "hf"), rs.getBoolean("hf_whole_yuan"), rs.getString("updated_by"),
                Sql.instant(rs, "updated_at"));
    }

    private static ContributionRates rates(ResultSet rs, String item) throws SQLException {
        return new ContributionRates(rate(rs, item + "_employee"), rate(rs, item + "_employer"));
    }

    static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? null : d.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal rate(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
