package io.tangram.finance.api.bank;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One import of a bank statement file.
 *
 * @param firstDate  date of the earliest row of the file
 * @param lastDate   date of the latest row of the file
 * @param rows       rows read from the file
 * @param newLines   rows stored as new statement lines
 * @param knownLines rows already imported before (by this or an earlier file) and not stored again
 */
public record BankStatementDto(long id, long bankAccountId, String fileName, LocalDate firstDate, LocalDate lastDate,
                               int rows, int newLines, int knownLines, String importedBy, Instant importedAt) {
}
