package io.tangram.finance.api.arap;

/** Direction of money. */
public enum PaymentKind {
    /** Money in from a customer (收款), settling sales invoices; posted at once. */
    RECEIPT,
    /** Money out to a supplier (付款), settling purchase invoices; approved first (先审批、后付款). */
    PAYMENT
}
