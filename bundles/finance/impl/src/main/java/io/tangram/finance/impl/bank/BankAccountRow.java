package io.tangram.finance.impl.bank;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import io.tangram.finance.api.bank.BankAccountDto;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.money.Money;
import io.tangram.platform.api.sql.Sql;

/** A row of {@code fin_bank_account} with its ledger account, as every bank service reads it. */
record BankAccountRow(long id, long companyId, String code, String name, String bankName, String accountNumber,
                      String currency, long glAccountId, String glAccountCode, String glAccountName,
                      LocalDate openingDate, BigDecimal openingBalance, boolean active) {

    static final Text BANK_ACCOUNT = Text.of("Bank account", "银行账户");
    static final String SELECT = "SELECT b.*, a.code AS gl_code, a.name AS gl_name FROM fin_bank_account b"
            + " JOIN fin_account a ON a.id = b.gl_account_id";

    static BankAccountRow of(ResultSet rs) throws SQLException {
        return new BankAccountRow(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("bank_name"), rs.getString("account_number"), rs.getString("currency").strip(),
                rs.getLong("gl_account_id"), rs.getString("gl_code"), rs.getString("gl_name"),
                Sql.date(rs, "opening_date"), rs.getBigDecimal("opening_balance"), rs.getBoolean("active"));
    }

    static Optional<BankAccountRow> find(Sql sql, long id) {
        return sql.one(SELECT + " WHERE b.id = ?", BankAccountRow::of, id);
    }

    static BankAccountRow get(Sql sql, long id) {
        return find(sql, id).orElseThrow(() -> NotFoundException.of(BANK_ACCOUNT, id));
    }

    /** Locks the bank account row for the rest of the transaction and reads it. */
    static BankAccountRow lock(Sql sql, long id) {
        if (sql.update("UPDATE fin_bank_account SET updated_at = updated_at WHERE id = ?", id) == 0) {
            throw NotFoundException.of(BANK_ACCOUNT, id);
        }
        return get(sql, id);
    }

    Currency money() {
        return Currency.getInstance(currency);
    }

    Money amount(BigDecimal value) {
        return Money.of(value, money());
    }

    /** Refuses work on a deactivated account. */
    BankAccountRow requireActive() {
        if (!active) {
            throw new ConflictException(Text.of("Bank account {0} is deactivated", "银行账户 {0} 已停用", code));
        }
        return this;
    }

    BankAccountDto dto() {
        return new BankAccountDto(id, companyId, code, name, bankName, accountNumber, currency, glAccountCode,
                glAccountName, openingDate, amount(openingBalance), active);
    }
}
