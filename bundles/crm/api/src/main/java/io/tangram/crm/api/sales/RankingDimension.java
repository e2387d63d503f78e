package io.tangram.crm.api.sales;

/** What a sales ranking ranks: products, customers or sales reps (the order's owner). */
public enum RankingDimension {
    PRODUCT, CUSTOMER, REP
}
