package io.tangram.hr.impl.payroll;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.hr.impl.employee.EmployeeFacts;
import io.tangram.hr.impl.employee.EmployeeRegister;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Salary structures ({@code hr_salary_structure} with {@code hr_salary_allowance}) and special
 * additional deductions ({@code hr_special_deduction}) of employees. Saving a structure for a month
 * that has one replaces it.
 */
@Component(service = SalaryStructureService.class)
public class SalaryStructureService {
    private static final int MAX_ALLOWANCES = 30;

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EmployeeRegister employees;
    private final PayrollSettings settings;
    private final Clock clock;

    @Activate
    public SalaryStructureService(@Reference(target = "(tangram.module=hr)") SchemaReady schema,
                                  @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                  @Reference Transactions tx, @Reference AuditLog audit,
                                  @Reference EmployeeRegister employees, @Reference PayrollSettings settings) {
        this(dataSource, tx, audit, employees, settings, Clock.systemUTC());
    }

    /** For tests: {@code clock} stamps the changes. */
    SalaryStructureService(DataSource dataSource, Transactions tx, AuditLog audit, EmployeeRegister employees,
                           PayrollSettings settings, Clock clock) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.employees = employees;
        this.settings = settings;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- structures

    /** The employee's structures, newest first. */
    public List<SalaryStructure> structures(long companyId, String employeeNumber) {
        CallContext.require(PayrollPermissions.READ);
        EmployeeFacts e = employee(companyId, employeeNumber);
        return sql.list("SELECT * FROM hr_salary_structure WHERE employee_id = ? ORDER BY effective_from DESC",
                rs -> structure(rs, e), e.id());
    }

    /** Saves the structure from its month, replacing one saved for the same month. */
    public SalaryStructure save(SalaryStructureInput in) {
        CallContext.require(PayrollPermissions.MANAGE);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        Validation v = new Validation();
        v.required("employee", in.employee()).required("fromMonth", in.fromMonth());
        YearMonth from = month(v, "fromMonth", in.fromMonth());
        v.notNegative("baseSalary", in.baseSalary()).notNegative("siBase", in.siBase()).notNegative("hfBase", in.hfBase())
                .notNegative("otherDeduction", in.otherDeduction()).maxLength("city", in.city(), 32)
                .maxLength("note", in.note(), 400);
        v.check(in.overtimeRate() == null || in.overtimeRate().signum() > 0, "overtimeRate",
                Text.of("must be more than 0", "必须大于 0"));
        List<Allowance> allowances = in.allowances() == null ? List.of() : in.allowances();
        v.check(allowances.size() <= MAX_ALLOWANCES, "allowances", Text.of("at most {0}", "最多 {0} 项", MAX_ALLOWANCES));
        for (int i = 0; i < allowances.size(); i++) {
            Allowance a = allowances.get(i);
            String f = "allowances[" + i + "]";
            if (a == null) {
                v.required(f, null);
                continue;
            }
            v.required(f + ".code", a.code()).maxLength(f + ".code", a.code(), 32);
            v.required(f + ".name", a.name()).maxLength(f + ".name", a.name(), 100);
            v.required(f + ".amount", a.amount()).notNegative(f + ".amount", a.amount());
        }
        Optional<EmployeeFacts> found = in.employee() == null ? Optional.empty()
                : employees.byNumber(companyId, in.employee().strip());
        v.check(in.employee() == null || found.isPresent(), "employee",
                Text.of("there is no employee {0}", "不存在员工 {0}", in.employee()));
        v.throwIfInvalid();
        EmployeeFacts e = found.orElseThrow();
        return tx.required(() -> {
            Instant now = clock.instant();
            List<Long> old = sql.list("SELECT id FROM hr_salary_structure WHERE employee_id = ? AND effective_from = ?",
                    rs -> rs.getLong(1), e.id(), from.atDay(1));
            for (Long id : old) {
                sql.update("DELETE FROM hr_salary_allowance WHERE structure_id = ?", id);
                sql.update("DELETE FROM hr_salary_structure WHERE id = ?", id);
            }
            long id = sql.insert("INSERT INTO hr_salary_structure (company_id, employee_id, effective_from, base_salary,"
                    + " si_base, hf_base, city_code, overtime_rate, other_deduction, note, updated_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, e.id(), from.atDay(1),
                    Sql.orNull(in.baseSalary()), Sql.orNull(in.siBase()), Sql.orNull(in.hfBase()),
                    in.city() == null || in.city().isBlank() ? Sql.Null.VARCHAR : in.city().strip().toUpperCase(Locale.ROOT),
                    in.overtimeRate() == null ? settings.rules().overtimeRate() : in.overtimeRate(),
                    in.otherDeduction() == null ? BigDecimal.ZERO : in.otherDeduction(),
                    in.note() == null || in.note().isBlank() ? Sql.Null.VARCHAR : in.note().strip(),
                    CallContext.actorName(), now, now);
            int line = 1;
            for (Allowance a : allowances) {
                sql.update("INSERT INTO hr_salary_allowance (structure_id, line_no, code, name, amount, taxable)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", id, line++, a.code().strip(), a.name().strip(), a.amount(), a.taxable());
            }
            SalaryStructure saved = sql.one("SELECT * FROM hr_salary_structure WHERE id = ?", rs -> structure(rs, e), id)
                    .orElseThrow();
            audit.record("hr", old.isEmpty() ? "create" : "replace", "salary-structure", String.valueOf(id),
                    JsonText.write(saved));
            return saved;
        });
    }

    /** The structure in force in {@code month}, for the module's own use. */
    public Optional<SalaryStructure> inForce(EmployeeFacts e, YearMonth month) {
        List<SalaryStructure> rows = sql.list("SELECT * FROM hr_salary_structure WHERE employee_id = ? AND effective_from <= ?"
                + " ORDER BY effective_from DESC", rs -> structure(rs, e), e.id(), month.atDay(1));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    // ---------------------------------------------------------------- special deductions

    /** The employee's declared special deductions, by start month. */
    public List<SpecialDeduction> deductions(long companyId, String employeeNumber) {
        CallContext.require(PayrollPermissions.READ);
        return declared(employee(companyId, employeeNumber).id());
    }

    public SpecialDeduction declare(SpecialDeductionInput in) {
        CallContext.require(PayrollPermissions.MANAGE);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        Validation v = new Validation();
        v.required("employee", in.employee());
        YearMonth from = month(v, "fromMonth", in.fromMonth());
        YearMonth to = month(v, "toMonth", in.toMonth());
        SpecialDeduction d = new SpecialDeduction(null, null, in.kind(), in.amount(), in.children(), from, to, in.note(),
                null, null);
        boolean badFrom = in.fromMonth() != null && from == null;
        try {
            SpecialDeductions.check(new Validation(), d).throwIfInvalid();
        } catch (ValidationException e) {
            e.errors().stream().filter(err -> !(badFrom && err.field().equals("fromMonth")))
                    .forEach(err -> v.add(err.field(), err.message()));
        }
        v.maxLength("note", in.note(), 400);
        Optional<EmployeeFacts> found = in.employee() == null ? Optional.empty()
                : employees.byNumber(companyId, in.employee().strip());
        v.check(in.employee() == null || found.isPresent(), "employee",
                Text.of("there is no employee {0}", "不存在员工 {0}", in.employee()));
        v.throwIfInvalid();
        EmployeeFacts e = found.orElseThrow();
        return tx.required(() -> {
            Instant now = clock.instant();
            long id = sql.insert("INSERT INTO hr_special_deduction (company_id, employee_id, kind, amount, children,"
                    + " from_month, to_month, note, updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    companyId, e.id(), in.kind(), in.amount(), in.children() == null ? Sql.Null.BIGINT : in.children(),
                    from.toString(), to == null ? Sql.Null.VARCHAR : to.toString(),
                    in.note() == null || in.note().isBlank() ? Sql.Null.VARCHAR : in.note().strip(),
                    CallContext.actorName(), now, now);
            SpecialDeduction saved = sql.one("SELECT * FROM hr_special_deduction WHERE id = ?",
                    SalaryStructureService::deduction, id).orElseThrow();
            audit.record("hr", "create", "special-deduction", String.valueOf(id), JsonText.write(saved));
            return saved;
        });
    }

    /** Removes a declaration (a withdrawn or wrong one); payslips already computed keep their figures. */
    public void withdraw(long id) {
        CallContext.require(PayrollPermissions.MANAGE);
        SpecialDeduction d = sql.one("SELECT * FROM hr_special_deduction WHERE id = ?", SalaryStructureService::deduction, id)
                .orElseThrow(() -> NotFoundException.of(Text.of("Special deduction", "专项附加扣除"), id));
        tx.required(() -> {
            sql.update("DELETE FROM hr_special_deduction WHERE id = ?", id);
            audit.record("hr", "delete", "special-deduction", String.valueOf(id), JsonText.write(d));
            return null;
        });
    }

    /** The employee's declarations, for the module's own use. */
    public List<SpecialDeduction> declared(long employeeId) {
        return sql.list("SELECT * FROM hr_special_deduction WHERE employee_id = ? ORDER BY from_month, id",
                SalaryStructureService::deduction, employeeId);
    }

    private EmployeeFacts employee(long companyId, String number) {
        if (number == null || number.isBlank()) {
            throw ValidationException.of("employee", Text.of("is required", "必填"));
        }
        return employees.byNumber(companyId, number.strip())
                .orElseThrow(() -> NotFoundException.of(Text.of("Employee", "员工"), number));
    }

    private static YearMonth month(Validation v, String field, String value) {
        try {
            return Months.parse(field, value);
        } catch (ValidationException e) {
            e.errors().forEach(err -> v.add(err.field(), err.message()));
            return null;
        }
    }

    private SalaryStructure structure(ResultSet rs, EmployeeFacts e) throws SQLException {
        long id = rs.getLong("id");
        List<Allowance> allowances = sql.list("SELECT code, name, amount, taxable FROM hr_salary_allowance"
                + " WHERE structure_id = ? ORDER BY line_no", r -> new Allowance(r.getString("code"), r.getString("name"),
                PolicyService.amount(r, "amount"), r.getBoolean("taxable")), id);
        BigDecimal base = PolicyService.amount(rs, "base_salary");
        BigDecimal effectiveBase = base != null ? base : e.baseSalary() == null ? null
                : e.baseSalary().setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal si = PolicyService.amount(rs, "si_base");
        BigDecimal hf = PolicyService.amount(rs, "hf_base");
        String city = rs.getString("city_code");
        return new SalaryStructure(id, e.number(), e.name(), YearMonth.from(Sql.date(rs, "effective_from")).toString(),
                effectiveBase, si != null ? si : effectiveBase, hf != null ? hf : effectiveBase,
                city != null ? city : e.city(), rs.getBigDecimal("overtime_rate").stripTrailingZeros(),
                PolicyService.amount(rs, "other_deduction"), allowances, rs.getString("note"), rs.getString("updated_by"),
                Sql.instant(rs, "updated_at"));
    }

    static SpecialDeduction deduction(ResultSet rs) throws SQLException {
        String to = rs.getString("to_month");
        int children = rs.getInt("children");
        Integer count = rs.wasNull() ? null : children;
        return new SpecialDeduction(rs.getLong("id"), rs.getLong("employee_id"),
                SpecialDeductionKind.valueOf(rs.getString("kind")), PolicyService.amount(rs, "amount"), count,
                YearMonth.parse(rs.getString("from_month")), to == null ? null : YearMonth.parse(to), rs.getString("note"),
                rs.getString("updated_by"), Sql.instant(rs, "updated_at"));
    }
}
