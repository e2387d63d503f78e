package io.tangram.masterdata.api;

/** Whether a product is kept in stock. */
public enum ProductType {
    /** Goods counted in warehouses. */
    STOCKED,
    /** Work or fees, never in stock. */
    SERVICE
}
