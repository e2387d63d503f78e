package io.tangram.masterdata.api;

/** What an address of a party is used for. */
public enum AddressType {
    /** Where invoices (发票) go. */
    BILLING,
    /** Where goods are delivered or picked up. */
    SHIPPING,
    /** Registered office. */
    REGISTERED
}
