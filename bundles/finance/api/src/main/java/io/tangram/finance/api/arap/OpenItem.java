package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;

/**
 * One invoice still open at the aging date.
 *
 * @param daysOverdue 0 when not yet due
 * @param open        total − credit notes − allocations dated on or before the aging date
 */
public record OpenItem(long invoiceId, String number, String externalNumber, LocalDate invoiceDate, LocalDate dueDate,
                       int daysOverdue, AgingBucket bucket, Money total, Money open) {
}
