package io.tangram.hr.impl.attendance;

import java.time.LocalDate;

/**
 * What a device file import stored.
 *
 * @param duplicates punches already stored (or twice in the file) for the same employee and minute, skipped
 * @param days       employee days recomputed
 */
public record ImportResult(int lines, int stored, int duplicates, int employees, LocalDate from, LocalDate to,
                           int days) {
}
