package io.tangram.finance.impl.service;

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

import io.tangram.finance.api.AccountDto;
import io.tangram.finance.api.AccountInput;
import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.ChartOfAccounts;
import io.tangram.finance.api.ChartTemplate;
import io.tangram.finance.api.NormalBalance;
import io.tangram.finance.impl.posting.PostingRuleService;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/** The chart of accounts in {@code fin_account}: codes of digits, sub-accounts extending their parent's code. */
@Component(service = ChartOfAccounts.class)
public class ChartOfAccountsService implements ChartOfAccounts {
    static final Text ACCOUNT = Text.of("Account", "会计科目");

    private static final String SELECT = "SELECT a.id, a.company_id, a.code, a.name, a.name_en, p.code AS parent_code,"
            + " a.account_type, a.normal_balance, a.active,"
            + " (SELECT COUNT(*) FROM fin_account c WHERE c.parent_id = a.id) AS children,"
            + " (SELECT COUNT(*) FROM fin_voucher_line l WHERE l.company_id = a.company_id AND l.account_id = a.id) AS lines"
            + " FROM fin_account a LEFT JOIN fin_account p ON p.id = a.parent_id ";

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final CompanyService companies;

    @Activate
    public ChartOfAccountsService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                                  @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                  @Reference Transactions tx, @Reference AuditLog audit,
                                  @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.companies = companies;
    }

    @Override
    public List<AccountDto> list(long companyId, boolean includeInactive) {
        return includeInactive ? rows("WHERE a.company_id = ? ORDER BY a.code", companyId)
                : rows("WHERE a.company_id = ? AND a.active = ? ORDER BY a.code", companyId, Boolean.TRUE);
    }

    @Override
    public AccountDto get(long id) {
        return rows("WHERE a.id = ?", id).stream().findFirst().orElseThrow(() -> NotFoundException.of(ACCOUNT, id));
    }

    @Override
    public AccountDto getByCode(long companyId, String code) {
        String c = code == null ? "" : code.strip();
        return find(companyId, c).orElseThrow(() -> NotFoundException.of(ACCOUNT, c));
    }

    @Override
    public AccountDto create(AccountInput input) {
        AccountInput in = require(input);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        return tx.required(() -> {
            Validation v = new Validation();
            try {
                companies.get(companyId);
            } catch (NotFoundException e) {
                v.add("companyId", Text.of("there is no company {0}", "不存在公司 {0}", String.valueOf(companyId)));
            }
            String code = blankToNull(in.code());
            v.required("code", code).matches("code", code, AccountCodes.CODE, AccountCodes.CODE_FORMAT);
            names(in, v, true);
            String parentCode = blankToNull(in.parentCode());
            AccountDto parent = null;
            if (parentCode != null) {
                parent = find(companyId, parentCode).orElse(null);
                if (parent == null) {
                    v.add("parentCode", Text.of("there is no account {0}", "不存在会计科目 {0}", parentCode));
                } else if (!parent.active()) {
                    v.add("parentCode", Text.of("account {0} is inactive", "会计科目 {0} 已停用", parentCode));
                } else if (AccountCodes.valid(code) && !AccountCodes.extendsParent(code, parentCode)) {
                    v.add("code", Text.of("a sub-account''s code must start with its parent''s code {0} and be longer",
                            "下级科目编码必须以上级科目编码 {0} 开头且更长", parentCode));
                }
                if (parent != null && in.type() != null && in.type() != parent.type()) {
                    v.add("type", Text.of("a sub-account takes its parent''s type {0}", "下级科目沿用上级科目的类型 {0}",
                            parent.type().name()));
                }
            } else {
                v.required("type", in.type());
            }
            v.throwIfInvalid();
            AccountType type = parent != null ? parent.type() : in.type();
            NormalBalance normal = in.normalBalance() != null ? in.normalBalance()
                    : parent != null ? parent.normalBalance() : type.normalBalance();
            long id = insert(companyId, code, in.name().strip(), blankToNull(in.nameEn()), parent, type, normal);
            AccountDto created = get(id);
            audit.record("finance", "create", "account", String.valueOf(id), FinanceJson.write(created));
            return created;
        });
    }

    @Override
    public AccountDto update(long id, AccountInput input) {
        AccountInput in = require(input);
        return tx.required(() -> {
            AccountDto a = get(id);
            Validation v = new Validation();
            if (in.companyId() != null && in.companyId() != a.companyId()) {
                v.add("companyId", Text.of("cannot be changed", "不能修改"));
            }
            if (in.code() != null && !in.code().strip().equals(a.code())) {
                v.add("code", Text.of("cannot be changed", "不能修改"));
            }
            if (in.parentCode() != null && !in.parentCode().strip().equals(a.parentCode() == null ? "" : a.parentCode())) {
                v.add("parentCode", Text.of("cannot be changed", "不能修改"));
            }
            names(in, v, false);
            if (a.parentCode() != null && in.type() != null && in.type() != a.type()) {
                v.add("type", Text.of("a sub-account takes its parent''s type {0}", "下级科目沿用上级科目的类型 {0}",
                        a.type().name()));
            }
            v.throwIfInvalid();
            AccountType type = in.type() == null ? a.type() : in.type();
            NormalBalance normal = in.normalBalance() != null ? in.normalBalance()
                    : type != a.type() ? type.normalBalance() : a.normalBalance();
            if (type != a.type() || normal != a.normalBalance()) {
                if (a.used()) {
                    throw new ConflictException(Text.of("Account {0} already has voucher lines: its type and normal"
                            + " balance cannot change any more. Add a new account instead",
                            "会计科目 {0} 已有凭证分录，不能再修改类型和余额方向；请新增科目", a.code()));
                }
                if (!a.postable()) {
                    throw new ConflictException(Text.of("Account {0} has sub-accounts, which take its type: change"
                            + " the type before adding sub-accounts", "会计科目 {0} 已有下级科目（沿用其类型），不能再修改类型",
                            a.code()));
                }
            }
            sql.update("UPDATE fin_account SET name = ?, name_en = ?, account_type = ?, normal_balance = ?, updated_at = ?"
                    + " WHERE id = ?", in.name() == null ? a.name() : in.name().strip(),
                    in.nameEn() == null ? a.nameEn() : blankToNull(in.nameEn()), type, normal, Instant.now(), id);
            AccountDto after = get(id);
            audit.record("finance", "update", "account", String.valueOf(id), FinanceJson.write(after));
            return after;
        });
    }

    @Override
    public AccountDto deactivate(long id) {
        return tx.required(() -> {
            AccountDto a = get(id);
            if (!a.active()) {
                return a;
            }
            long activeChildren = sql.one("SELECT COUNT(*) FROM fin_account WHERE parent_id = ? AND active = ?",
                    rs -> rs.getLong(1), id, Boolean.TRUE).orElse(0L);
            if (activeChildren > 0) {
                throw new ConflictException(Text.of("Account {0} still has {1} active sub-accounts; deactivate them first",
                        "会计科目 {0} 仍有 {1} 个启用的下级科目，请先停用它们", a.code(), activeChildren));
            }
            BigDecimal balance = sql.one("SELECT COALESCE(SUM(base_debit), 0) - COALESCE(SUM(base_credit), 0)"
                    + " FROM fin_voucher_line WHERE company_id = ? AND account_id = ? AND posted_on IS NOT NULL",
                    rs -> rs.getBigDecimal(1), a.companyId(), id).orElse(BigDecimal.ZERO);
            if (balance != null && balance.signum() != 0) {
                throw new ConflictException(Text.of("Account {0} still has a balance of {1}; post it to zero before"
                        + " deactivating", "会计科目 {0} 仍有余额 {1}，请先结平再停用", a.code(),
                        balance.stripTrailingZeros().toPlainString()));
            }
            sql.update("UPDATE fin_account SET active = ?, updated_at = ? WHERE id = ?", Boolean.FALSE, Instant.now(), id);
            audit.record("finance", "deactivate", "account", String.valueOf(id), FinanceJson.object("code", a.code()));
            return get(id);
        });
    }

    @Override
    public int loadTemplate(long companyId, ChartTemplate template) {
        if (template == null) {
            throw ValidationException.of("template", Text.of("is required", "必填"));
        }
        List<ChartTemplates.Entry> entries = ChartTemplates.load(template);
        return tx.required(() -> {
            companies.get(companyId);
            int created = 0;
            for (ChartTemplates.Entry e : entries) {
                if (find(companyId, e.code()).isPresent()) {
                    continue;
                }
                AccountDto parent = e.parentCode() == null ? null : find(companyId, e.parentCode()).orElseThrow(
                        () -> new IllegalStateException("template " + template + " lost parent " + e.parentCode()));
                insert(companyId, e.code(), e.name(), e.nameEn(), parent, e.type(), e.normalBalance());
                created++;
            }
            int rules = PostingRuleService.insertDefaults(sql, companyId, template);
            audit.record("finance", "load-template", "chart", String.valueOf(companyId),
                    FinanceJson.object("template", template.name(), "created", created, "postingRules", rules));
            return created;
        });
    }

    private long insert(long companyId, String code, String name, String nameEn, AccountDto parent, AccountType type,
                        NormalBalance normal) {
        int level = 1;
        if (parent != null) {
            if (parent.used()) {
                throw new ConflictException(Text.of("Account {0} already has voucher lines, so it cannot get sub-accounts:"
                        + " its balance would be split from theirs. Add a new top account or post to {0} as before",
                        "会计科目 {0} 已有凭证分录，不能再增设下级科目（余额会被拆分）；请新增一级科目或继续使用 {0}", parent.code()));
            }
            level = sql.one("SELECT level_no FROM fin_account WHERE id = ?", rs -> rs.getInt(1), parent.id()).orElse(0) + 1;
        }
        Instant now = Instant.now();
        try {
            return sql.insert("INSERT INTO fin_account (company_id, code, name, name_en, parent_id, level_no, account_type,"
                    + " normal_balance, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    companyId, code, name, nameEn == null ? Sql.Null.VARCHAR : nameEn,
                    parent == null ? Sql.Null.BIGINT : parent.id(), level, type, normal, Boolean.TRUE, now, now);
        } catch (Sql.DuplicateKeyException e) {
            throw e.asConflict(Text.of("Account code {0} is already used", "会计科目编码 {0} 已被使用", code));
        }
    }

    private Optional<AccountDto> find(long companyId, String code) {
        return rows("WHERE a.company_id = ? AND a.code = ?", companyId, code).stream().findFirst();
    }

    private List<AccountDto> rows(String where, Object... args) {
        return sql.list(SELECT + where, ChartOfAccountsService::map, args);
    }

    private static AccountDto map(ResultSet rs) throws SQLException {
        return new AccountDto(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("name_en"), rs.getString("parent_code"), AccountType.valueOf(rs.getString("account_type")),
                NormalBalance.valueOf(rs.getString("normal_balance")), rs.getLong("children") == 0,
                rs.getBoolean("active"), rs.getLong("lines") > 0);
    }

    private static void names(AccountInput in, Validation v, boolean create) {
        if (create || in.name() != null) {
            v.required("name", blankToNull(in.name())).maxLength("name", in.name() == null ? null : in.name().strip(), 200);
        }
        v.maxLength("nameEn", in.nameEn() == null ? null : in.nameEn().strip(), 200);
    }

    private static AccountInput require(AccountInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return input;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
