package io.tangram.finance.impl.bank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.finance.impl.service.FinanceJson;
import io.tangram.finance.api.bank.BankStatementDto;
import io.tangram.finance.api.bank.BankStatementLineDto;
import io.tangram.finance.api.bank.BankStatements;
import io.tangram.finance.api.bank.BankTopics;
import io.tangram.finance.api.bank.MatchStatus;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.event.EventPublisher;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;

/**
 * Statement imports in {@code fin_bank_statement} and their lines in {@code fin_bank_statement_line}.
 * An import reads and checks the whole file before writing, then, under the bank account's row lock,
 * stores the rows whose key is not there yet, the statement record, its audit entry and the
 * {@link BankTopics#STATEMENT_IMPORTED} event in one transaction.
 */
@Component(service = BankStatements.class)
public class BankStatementService implements BankStatements {
    static final int FILE_NAME_LENGTH = 200;

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;
    private final EventPublisher events;

    @Activate
    public BankStatementService(@Reference(target = "(tangram.module=finance)") SchemaReady schema,
                                @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                                @Reference Transactions tx, @Reference AuditLog audit, @Reference EventPublisher events) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public BankStatementDto importCsv(long bankAccountId, String csv, String fileName) {
        BankAccountRow.get(sql, bankAccountId);
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        new Validation().maxLength("fileName", name, FILE_NAME_LENGTH).throwIfInvalid();
        List<StatementCsv.Row> rows = StatementCsv.parse(csv);
        return tx.required(() -> {
            BankAccountRow account = BankAccountRow.lock(sql, bankAccountId).requireActive();
            requireOnOrAfterOpening(account, rows);
            List<String> keys = StatementCsv.keys(rows);
            int[] seq = StatementCsv.sequence(rows);
            LocalDate first = rows.stream().map(StatementCsv.Row::date).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = rows.stream().map(StatementCsv.Row::date).max(Comparator.naturalOrder()).orElseThrow();
            Set<String> known = new HashSet<>(sql.list("SELECT line_key FROM fin_bank_statement_line"
                    + " WHERE bank_account_id = ? AND line_date >= ? AND line_date <= ?", rs -> rs.getString(1),
                    bankAccountId, first, last));
            List<Integer> fresh = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!known.contains(keys.get(i))) {
                    fresh.add(i);
                }
            }
            Instant now = Instant.now();
            long statementId = sql.insert("INSERT INTO fin_bank_statement (company_id, bank_account_id, file_name,"
                    + " first_date, last_date, rows_read, new_lines, known_lines, imported_by, imported_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", account.companyId(), bankAccountId, name, first, last,
                    rows.size(), fresh.size(), rows.size() - fresh.size(), CallContext.actorName(), now);
            for (int i : fresh) {
                StatementCsv.Row r = rows.get(i);
                try {
                    sql.insert("INSERT INTO fin_bank_statement_line (company_id, bank_account_id, statement_id, row_no,"
                            + " seq, line_date, amount, reference, counterparty, description, balance, line_key,"
                            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", account.companyId(),
                            bankAccountId, statementId, r.rowNo(), seq[i], r.date(), r.amount(), r.reference(),
                            r.counterparty(), r.description(), Sql.orNull(r.balance()), keys.get(i), now);
                } catch (Sql.DuplicateKeyException e) {
                    throw e.asConflict(Text.of("Row {0} was imported by someone else at the same time; import the file"
                            + " again", "第 {0} 行刚被他人同时导入，请重新导入该文件", r.rowNo()));
                }
            }
            BankStatementDto statement = statement(statementId);
            audit.record("finance", "import", "bank-statement", String.valueOf(statementId), FinanceJson.object(
                    "bankAccount", account.code(), "fileName", name, "firstDate", first, "lastDate", last,
                    "rows", rows.size(), "newLines", fresh.size(), "knownLines", rows.size() - fresh.size()));
            events.publish(BankTopics.STATEMENT_IMPORTED, account.companyId(), "statement-" + statementId,
                    FinanceJson.object("statementId", statementId, "bankAccountId", bankAccountId,
                            "bankAccountCode", account.code(), "companyId", account.companyId(), "firstDate", first,
                            "lastDate", last, "rows", rows.size(), "newLines", fresh.size(),
                            "knownLines", rows.size() - fresh.size()));
            return statement;
        });
    }

    /** Statement lines before the reconciliation start would count twice: the opening balance holds them. */
    private static void requireOnOrAfterOpening(BankAccountRow account, List<StatementCsv.Row> rows) {
        if (account.openingDate() == null) {
            return;
        }
        List<FieldError> errors = rows.stream().filter(r -> r.date().isBefore(account.openingDate()))
                .limit(StatementCsv.MAX_ERRORS).map(r -> new FieldError("rows[" + r.rowNo() + "].date", Text.of(
                        "is before {0}, the day bank account {1} is reconciled from (file line {2})",
                        "早于银行账户 {1} 的对账启用日期 {0}（文件第 {2} 行）", account.openingDate().toString(),
                        account.code(), String.valueOf(r.fileLine())))).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    @Override
    public List<BankStatementDto> list(long bankAccountId) {
        BankAccountRow.get(sql, bankAccountId);
        return sql.list("SELECT * FROM fin_bank_statement WHERE bank_account_id = ? ORDER BY imported_at DESC, id DESC",
                BankStatementService::statement, bankAccountId);
    }

    @Override
    public List<BankStatementLineDto> lines(long bankAccountId, MatchStatus status) {
        BankAccountRow account = BankAccountRow.get(sql, bankAccountId);
        String filter = status == null ? ""
                : (status == MatchStatus.MATCHED ? " AND" : " AND NOT") + " EXISTS (SELECT 1 FROM fin_bank_match m"
                        + " WHERE m.statement_line_id = l.id)";
        List<StatementLineRow> rows = sql.list("SELECT l.* FROM fin_bank_statement_line l WHERE l.bank_account_id = ?"
                + filter + StatementLineRow.ORDER, StatementLineRow::of, bankAccountId);
        return StatementLineRow.dtos(sql, account, rows);
    }

    @Override
    public BankStatementLineDto line(long statementLineId) {
        return StatementLineRow.dto(sql, statementLineId);
    }

    private BankStatementDto statement(long id) {
        return sql.one("SELECT * FROM fin_bank_statement WHERE id = ?", BankStatementService::statement, id)
                .orElseThrow();
    }

    private static BankStatementDto statement(ResultSet rs) throws SQLException {
        return new BankStatementDto(rs.getLong("id"), rs.getLong("bank_account_id"), rs.getString("file_name"),
                Sql.date(rs, "first_date"), Sql.date(rs, "last_date"), rs.getInt("rows_read"), rs.getInt("new_lines"),
                rs.getInt("known_lines"), rs.getString("imported_by"), Sql.instant(rs, "imported_at"));
    }
}
