package io.tangram.finance.api.arap;

import io.tangram.platform.api.money.Money;
import java.time.LocalDate;

/**
 * What a customer owes today, for a credit check before a new order.
 *
 * @param openReceivables Σ open amounts of the customer's posted sales invoices
 * @param overdue         the part of it past its due date
 * @param oldestDueDate   due date of the oldest open invoice, {@code null} when nothing is open
 */
public record CustomerExposure(long companyId, long partyId, LocalDate at, Money openReceivables, Money overdue,
                               int openInvoices, LocalDate oldestDueDate) {
}
