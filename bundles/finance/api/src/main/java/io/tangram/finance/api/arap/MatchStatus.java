package io.tangram.finance.api.arap;

/** The 3-way match (order, receipt, invoice) of a purchase invoice line. */
public enum MatchStatus {
    /** The line names no purchase order: nothing to match. */
    NONE,
    /** Not yet checked: the invoice is a draft. */
    PENDING,
    /** Quantity within what was received and not yet invoiced, price within the tolerance. */
    MATCHED,
    /** Could not be checked (inventory is not installed); the reason says so. */
    NOT_CHECKED
}
