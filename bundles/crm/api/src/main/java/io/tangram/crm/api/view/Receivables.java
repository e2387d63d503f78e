package io.tangram.crm.api.view;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the customer owes today and how old it is (finance's aging buckets, days past due).
 *
 * @param creditLimit {@code null} when unlimited
 */
public record Receivables(LocalDate at, String currency, BigDecimal open, BigDecimal overdue, BigDecimal current,
                          BigDecimal days1To30, BigDecimal days31To60, BigDecimal days61To90, BigDecimal over90,
                          BigDecimal creditLimit) {
}
