package io.tangram.crm.api.view;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A customer invoice or credit note as finance keeps it, in the company currency. */
public record InvoiceLine(long id, String number, LocalDate invoiceDate, LocalDate dueDate, String status,
                          boolean creditNote, BigDecimal total, BigDecimal open) {
}
