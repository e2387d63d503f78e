package io.tangram.crm.api.pipeline;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Open opportunities of one expected close month and one rep (either is {@code null} in a total).
 *
 * @param weighted Σ amount × stage probability, each opportunity rounded to the fen
 */
public record ForecastCell(YearMonth month, String owner, int opportunities, BigDecimal amount, BigDecimal weighted) {
}
