package io.tangram.crm.api.campaign;

/**
 * What a segment rule tests. "Within N days" means on or after today minus N days; an order is a
 * sales order in any status but draft and cancelled, dated by its order date.
 */
public enum SegmentRuleKind {
    /** The customer has the tag {@code value} (any case). */
    TAG,
    /** The customer's industry is {@code value} (any case). */
    INDUSTRY,
    /** The customer's region is {@code value} (any case). */
    REGION,
    /** The customer's lifecycle stage is {@code value}: LEAD, PROSPECT, CUSTOMER, REPEAT or DORMANT. */
    STAGE,
    /** An order within {@code days} days has a line of product category {@code value} (any case). */
    BOUGHT_CATEGORY_WITHIN_DAYS,
    /**
     * The customer has ordered, but not within {@code days} days. Customers who never ordered do not
     * match (they are leads or prospects; use {@code STAGE} for them).
     */
    NO_ORDER_FOR_DAYS,
    /** The net totals of the orders within {@code days} days add up to at least {@code amount}. */
    MIN_REVENUE_WITHIN_DAYS
}
