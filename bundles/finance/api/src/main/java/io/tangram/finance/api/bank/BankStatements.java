package io.tangram.finance.api.bank;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Bank statements imported from CSV files.
 *
 * <p>The file is UTF-8 (a byte-order mark is tolerated) with a header row naming the columns, in any
 * order: {@code date} (2026-11-30, 2026/11/30 or 20261130), {@code amount} (signed: + money in, − money
 * out) or instead {@code in} and {@code out} (both positive), and optionally {@code reference},
 * {@code counterparty}, {@code description} and {@code balance} (the bank's balance after the row).
 * Chinese headers 日期, 金额, 收入, 支出, 流水号, 对方户名, 摘要, 余额 are accepted too; other columns
 * are ignored. Rows are numbered from 1 after the header.
 */
@ProviderType
public interface BankStatements {

    /**
     * Imports a statement file into a bank account as one statement record. Every row is checked first;
     * rows already imported (same date, amount, reference, counterparty and description, counted per
     * occurrence) are skipped, and the record says how many rows were new and how many already known.
     *
     * @param fileName name of the file for the record, optional
     * @throws io.tangram.platform.api.error.ValidationException naming every bad row and column
     *         ({@code rows[3].date}); nothing is imported then
     * @throws io.tangram.platform.api.error.ConflictException if the bank account is deactivated
     */
    BankStatementDto importCsv(long bankAccountId, String csv, String fileName);

    /** The account's imports, newest first. */
    List<BankStatementDto> list(long bankAccountId);

    /**
     * The account's statement lines in date order.
     *
     * @param status {@code null} for all lines
     */
    List<BankStatementLineDto> lines(long bankAccountId, MatchStatus status);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such statement line */
    BankStatementLineDto line(long statementLineId);
}
