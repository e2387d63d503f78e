package io.tangram.finance.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A monthly fiscal period (会计期间). Every month is open until it is closed.
 *
 * @param code {@code 2026-11}
 */
public record FiscalPeriodDto(long companyId, String code, int year, int month, LocalDate start, LocalDate end,
                              PeriodStatus status, String closedBy, Instant closedAt) {
}
