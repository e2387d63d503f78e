package io.tangram.finance.api.arap;

/** Which open items: what customers owe (sales invoices) or what is owed to suppliers (purchase invoices). */
public enum OpenItemKind {
    RECEIVABLE,
    PAYABLE;

    /** The invoices whose open amounts make these items. */
    public InvoiceKind invoiceKind() {
        return this == RECEIVABLE ? InvoiceKind.SALES : InvoiceKind.PURCHASE;
    }
}
