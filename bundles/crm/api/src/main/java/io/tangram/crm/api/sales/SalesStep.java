package io.tangram.crm.api.sales;

/** The steps of order to cash another module performs, each recorded on the order. */
public enum SalesStep {
    CREDIT_CHECK, STOCK_RESERVATION, PURCHASE_REQUISITION, STOCK_ISSUE, INVOICE, PAYMENT
}
