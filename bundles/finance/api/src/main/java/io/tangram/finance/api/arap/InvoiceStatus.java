package io.tangram.finance.api.arap;

/**
 * Life of an invoice. A draft can be changed or discarded; from {@link #POSTED} on it is immutable
 * and only credit notes and payments change its open amount, which decides the later states.
 */
public enum InvoiceStatus {
    DRAFT,
    /** Posted and nothing paid yet (a credit note may have reduced it). */
    POSTED,
    PARTIALLY_PAID,
    /** Nothing open, and something was paid. */
    PAID,
    /** Nothing open and nothing paid: cancelled by credit notes. */
    CREDITED
}
