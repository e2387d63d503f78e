package io.tangram.finance.impl.bank;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tangram.finance.api.bank.BankStatementLineDto;
import io.tangram.finance.api.bank.MatchStatus;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.sql.Sql;

/** A row of {@code fin_bank_statement_line}, and its DTO with the match read from {@code fin_bank_match}. */
record StatementLineRow(long id, long companyId, long bankAccountId, long statementId, int rowNo, int seq,
                        LocalDate date, BigDecimal amount, String reference, String counterparty, String description,
                        BigDecimal balance) {

    static final Text STATEMENT_LINE = Text.of("Bank statement line", "银行对账单明细");
    /** Lines in time order: by date, then by import, then by their place in the file. */
    static final String ORDER = " ORDER BY l.line_date, l.statement_id, l.seq";

    static StatementLineRow of(ResultSet rs) throws SQLException {
        return new StatementLineRow(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("bank_account_id"),
                rs.getLong("statement_id"), rs.getInt("row_no"), rs.getInt("seq"), Sql.date(rs, "line_date"),
                rs.getBigDecimal("amount"), rs.getString("reference"), rs.getString("counterparty"),
                rs.getString("description"), rs.getBigDecimal("balance"));
    }

    static StatementLineRow get(Sql sql, long id) {
        return sql.one("SELECT * FROM fin_bank_statement_line WHERE id = ?", StatementLineRow::of, id)
                .orElseThrow(() -> NotFoundException.of(STATEMENT_LINE, id));
    }

    /** Locks the statement line for the rest of the transaction and reads it. */
    static StatementLineRow lock(Sql sql, long id) {
        if (sql.update("UPDATE fin_bank_statement_line SET updated_at = updated_at WHERE id = ?", id) == 0) {
            throw NotFoundException.of(STATEMENT_LINE, id);
        }
        return get(sql, id);
    }

    /** How a statement line is matched: the voucher posted from it, if any, and the ledger lines. */
    record Match(long id, Long voucherId, List<Long> voucherLineIds) {
    }

    private record MatchRow(long id, long statementLineId, Long voucherId, Long voucherLineId) {
    }

    /** The matches of the statement lines selected by {@code where} (on alias {@code m}), by statement line id. */
    static Map<Long, Match> matches(Sql sql, String where, Object... args) {
        Map<Long, Match> matches = new HashMap<>();
        for (MatchRow r : sql.list("SELECT m.id, m.statement_line_id, m.voucher_id, e.voucher_line_id FROM fin_bank_match m"
                + " LEFT JOIN fin_bank_match_entry e ON e.match_id = m.id WHERE " + where
                + " ORDER BY m.statement_line_id, e.voucher_line_id", rs -> new MatchRow(rs.getLong("id"),
                        rs.getLong("statement_line_id"), Sql.nullableLong(rs, "voucher_id"),
                        Sql.nullableLong(rs, "voucher_line_id")), args)) {
            Match m = matches.computeIfAbsent(r.statementLineId(), k -> new Match(r.id(), r.voucherId(), new ArrayList<>()));
            if (r.voucherLineId() != null) {
                m.voucherLineIds().add(r.voucherLineId());
            }
        }
        return matches;
    }

    static BankStatementLineDto dto(Sql sql, long id) {
        StatementLineRow row = get(sql, id);
        BankAccountRow account = BankAccountRow.get(sql, row.bankAccountId());
        return row.dto(account, matches(sql, "m.statement_line_id = ?", id).get(id));
    }

    static List<BankStatementLineDto> dtos(Sql sql, BankAccountRow account, List<StatementLineRow> rows) {
        Map<Long, Match> matches = matches(sql, "m.bank_account_id = ?", account.id());
        return rows.stream().map(r -> r.dto(account, matches.get(r.id()))).toList();
    }

    BankStatementLineDto dto(BankAccountRow account, Match match) {
        return new BankStatementLineDto(id, bankAccountId, statementId, rowNo, date, account.amount(amount), reference,
                counterparty, description, balance == null ? null : account.amount(balance),
                match == null ? MatchStatus.UNMATCHED : MatchStatus.MATCHED,
                match == null ? List.of() : match.voucherLineIds(), match == null ? null : match.voucherId());
    }
}
