package io.tangram.crm.api.sales;

/** A quote's life: drafted, sent to the customer, then accepted (turned into an order) or rejected. */
public enum QuoteStatus {
    DRAFT, SENT, ORDERED, REJECTED
}
