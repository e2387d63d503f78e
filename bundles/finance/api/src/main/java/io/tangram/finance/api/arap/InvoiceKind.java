package io.tangram.finance.api.arap;

/** Which side of the business an invoice is on. */
public enum InvoiceKind {
    /** A customer invoice (销售发票): a receivable, revenue and output VAT. */
    SALES,
    /** A supplier invoice (采购发票): an expense or goods received, input VAT and a payable. */
    PURCHASE
}
