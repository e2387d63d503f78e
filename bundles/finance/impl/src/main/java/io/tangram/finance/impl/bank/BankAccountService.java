package io.tangram.finance.impl.bank;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.impl.service.FinanceJson;
import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.bank.BankAccountDto;
import io.tangram.finance.api.bank.BankAccountInput;
import io.tangram.finance.api.bank.BankAccounts;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Bank accounts in {@code fin_bank_account}. The ledger account must be an active, postable asset
 * account of the company, and carries one active bank account at most, so its balance is that bank
 * account's book balance. Only the company currency is supported for now.
 */
@Component(service = BankAccounts.class)
public class BankAccountService implements BankAccounts {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final CompanyService companies;

    @Activate
    public BankAccountService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                              @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                              @Reference Transactions tx, @Reference AuditLog audit,
                              @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.companies = companies;
    }

    @Override
    public List<BankAccountDto> list(long companyId, boolean includeInactive) {
        return sql.list(BankAccountRow.SELECT + " WHERE b.company_id = ?" + (includeInactive ? "" : " AND b.active = ?")
                + " ORDER BY b.code", BankAccountRow::of, includeInactive ? new Object[] {companyId}
                        : new Object[] {companyId, true}).stream().map(BankAccountRow::dto).toList();
    }

    @Override
    public BankAccountDto get(long id) {
        return BankAccountRow.get(sql, id).dto();
    }

    @Override
    public BankAccountDto getByCode(long companyId, String code) {
        String typed = code == null ? "" : code.strip();
        return sql.one(BankAccountRow.SELECT + " WHERE b.company_id = ? AND b.code = ?", BankAccountRow::of, companyId,
                typed).map(BankAccountRow::dto).orElseThrow(() -> NotFoundException.of(BankAccountRow.BANK_ACCOUNT, typed));
    }

    @Override
    public BankAccountDto create(BankAccountInput input) {
        BankAccountInput in = requireBody(input);
        long companyId = in.companyId() == null ? CompanyService.DEFAULT_COMPANY_ID : in.companyId();
        Validation v = new Validation();
        String code = blankToNull(in.code());
        v.required("code", code).maxLength("code", code, 32).matches("code", code, CODE,
                Text.of("may hold letters, digits, '.', '_' and '-' only", "只能包含字母、数字、“.”、“_”和“-”"));
        v.required("name", blankToNull(in.name()));
        v.required("bankName", blankToNull(in.bankName()));
        v.required("accountNumber", blankToNull(in.accountNumber()));
        v.required("glAccountCode", blankToNull(in.glAccountCode()));
        Fields f = check(companyId, in, v);
        v.throwIfInvalid();
        return tx.required(() -> {
            if (sql.one("SELECT id FROM fin_bank_account WHERE company_id = ? AND code = ?", rs -> rs.getLong(1),
                    companyId, code).isPresent()) {
                throw codeTaken(code);
            }
            requireGlAccountFree(companyId, f.glAccountId(), f.glAccountCode(), null);
            Instant now = Instant.now();
            long id;
            try {
                id = sql.insert("INSERT INTO fin_bank_account (company_id, code, name, bank_name, account_number, currency,"
                        + " gl_account_id, opening_date, opening_balance, active, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId, code, blankToNull(in.name()),
                        blankToNull(in.bankName()), blankToNull(in.accountNumber()), f.currency(), f.glAccountId(),
                        Sql.orNull(in.openingDate()), f.openingBalance() == null ? BigDecimal.ZERO.setScale(2)
                                : f.openingBalance(), true, now, now);
            } catch (Sql.DuplicateKeyException e) {
                throw e.asConflict(codeTaken(code).text());
            }
            BankAccountDto created = get(id);
            audit.record("finance", "create", "bank-account", String.valueOf(id), FinanceJson.write(created));
            return created;
        });
    }

    @Override
    public BankAccountDto update(long id, BankAccountInput input) {
        BankAccountInput in = requireBody(input);
        return tx.required(() -> {
            BankAccountRow current = BankAccountRow.lock(sql, id);
            Validation v = new Validation();
            if (in.companyId() != null && in.companyId() != current.companyId()) {
                v.add("companyId", Text.of("cannot be changed", "不能修改"));
            }
            if (blankToNull(in.code()) != null && !in.code().strip().equals(current.code())) {
                v.add("code", Text.of("cannot be changed", "不能修改"));
            }
            checkNotBlankWhenGiven(v, "name", in.name());
            checkNotBlankWhenGiven(v, "bankName", in.bankName());
            checkNotBlankWhenGiven(v, "accountNumber", in.accountNumber());
            checkNotBlankWhenGiven(v, "glAccountCode", in.glAccountCode());
            Fields f = check(current.companyId(), in, v);
            v.throwIfInvalid();
            long glAccountId = f.glAccountId() == null ? current.glAccountId() : f.glAccountId();
            if (glAccountId != current.glAccountId()) {
                if (current.active()) {
                    requireGlAccountFree(current.companyId(), glAccountId, f.glAccountCode(), id);
                }
                long matched = sql.one("SELECT COUNT(*) FROM fin_bank_match WHERE bank_account_id = ?",
                        rs -> rs.getLong(1), id).orElse(0L);
                if (matched > 0) {
                    throw new ConflictException(Text.of("Bank account {0} has {1} matched statement line(s) on ledger"
                            + " account {2}; undo them before moving it to another ledger account",
                            "银行账户 {0} 已有 {1} 笔对账单已与科目 {2} 勾对，请先取消勾对再更换科目", current.code(), matched,
                            current.glAccountCode()));
                }
            }
            sql.update("UPDATE fin_bank_account SET name = ?, bank_name = ?, account_number = ?, gl_account_id = ?,"
                    + " opening_date = ?, opening_balance = ?, updated_at = ? WHERE id = ?",
                    orElse(blankToNull(in.name()), current.name()), orElse(blankToNull(in.bankName()), current.bankName()),
                    orElse(blankToNull(in.accountNumber()), current.accountNumber()), glAccountId,
                    Sql.orNull(in.openingDate() == null ? current.openingDate() : in.openingDate()),
                    f.openingBalance() == null ? current.openingBalance() : f.openingBalance(), Instant.now(), id);
            BankAccountDto updated = get(id);
            audit.record("finance", "update", "bank-account", String.valueOf(id), FinanceJson.write(updated));
            return updated;
        });
    }

    @Override
    public BankAccountDto deactivate(long id) {
        return tx.required(() -> {
            BankAccountRow current = BankAccountRow.lock(sql, id);
            if (!current.active()) {
                return current.dto();
            }
            sql.update("UPDATE fin_bank_account SET active = ?, updated_at = ? WHERE id = ?", false, Instant.now(), id);
            audit.record("finance", "deactivate", "bank-account", String.valueOf(id),
                    FinanceJson.object("code", current.code(), "glAccountCode", current.glAccountCode()));
            return get(id);
        });
    }

    // ---------------------------------------------------------------- checks

    /** The checked values of the fields given; {@code null} for a field not given. */
    private record Fields(String currency, Long glAccountId, String glAccountCode, BigDecimal openingBalance) {
    }

    private record LedgerAccount(long id, String code, AccountType type, boolean active, boolean postable) {
    }

    private Fields check(long companyId, BankAccountInput in, Validation v) {
        v.maxLength("name", blankToNull(in.name()), 200);
        v.maxLength("bankName", blankToNull(in.bankName()), 200);
        v.maxLength("accountNumber", blankToNull(in.accountNumber()), 64);
        String companyCurrency = null;
        try {
            companyCurrency = companies.get(companyId).currency();
        } catch (NotFoundException e) {
            v.add("companyId", Text.of("there is no company {0}", "不存在公司 {0}", String.valueOf(companyId)));
        }
        String currency = companyCurrency;
        String typedCurrency = blankToNull(in.currency());
        if (typedCurrency != null && companyCurrency != null
                && !typedCurrency.toUpperCase(Locale.ROOT).equals(companyCurrency)) {
            v.add("currency", Text.of("only the company currency {0} is supported for now",
                    "目前仅支持本位币 {0}", companyCurrency));
        }
        BigDecimal opening = in.openingBalance();
        if (opening != null) {
            int scale = currency == null ? 2 : Money.scaleOf(Currency.getInstance(currency));
            if (opening.stripTrailingZeros().scale() > scale) {
                v.add("openingBalance", Text.of("must have at most {0} decimals", "最多 {0} 位小数", scale));
                opening = null;
            } else {
                opening = opening.setScale(scale);
            }
        }
        Long glAccountId = null;
        String glCode = blankToNull(in.glAccountCode());
        if (glCode != null) {
            Optional<LedgerAccount> account = sql.one("SELECT a.id, a.code, a.account_type, a.active,"
                    + " (SELECT COUNT(*) FROM fin_account c WHERE c.parent_id = a.id) AS children FROM fin_account a"
                    + " WHERE a.company_id = ? AND a.code = ?", rs -> new LedgerAccount(rs.getLong("id"),
                            rs.getString("code"), AccountType.valueOf(rs.getString("account_type").strip()),
                            rs.getBoolean("active"), rs.getLong("children") == 0), companyId, glCode);
            if (account.isEmpty()) {
                v.add("glAccountCode", Text.of("there is no account {0}", "不存在科目 {0}", glCode));
            } else if (account.get().type() != AccountType.ASSET) {
                v.add("glAccountCode", Text.of("account {0} is not an asset account; use 1002 or one of its"
                        + " sub-accounts", "科目 {0} 不是资产类科目，请使用 1002 银行存款或其下级科目", glCode));
            } else if (!account.get().active()) {
                v.add("glAccountCode", Text.of("account {0} is deactivated", "科目 {0} 已停用", glCode));
            } else if (!account.get().postable()) {
                v.add("glAccountCode", Text.of("account {0} has sub-accounts; use one of them",
                        "科目 {0} 有下级科目，请使用末级科目", glCode));
            } else {
                glAccountId = account.get().id();
            }
        }
        return new Fields(currency, glAccountId, glCode, opening);
    }

    private void requireGlAccountFree(long companyId, long glAccountId, String glCode, Long except) {
        Optional<String> other = sql.one("SELECT code FROM fin_bank_account WHERE company_id = ? AND gl_account_id = ?"
                + " AND active = ? AND id <> ?", rs -> rs.getString(1), companyId, glAccountId, true,
                except == null ? -1L : except);
        if (other.isPresent()) {
            throw new ConflictException(Text.of("Ledger account {0} already carries bank account {1}; add a sub-account"
                    + " such as {0}01 for each bank account", "科目 {0} 已对应银行账户 {1}；请为每个银行账户设置下级科目，例如 {0}01",
                    glCode, other.get()));
        }
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException(Text.of("There is already a bank account {0}", "银行账户 {0} 已存在", code));
    }

    private static void checkNotBlankWhenGiven(Validation v, String field, String value) {
        if (value != null && value.isBlank()) {
            v.add(field, Text.of("must not be blank", "不能为空"));
        }
    }

    private static BankAccountInput requireBody(BankAccountInput input) {
        if (input == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return input;
    }

    private static String orElse(String value, String current) {
        return value == null ? current : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
