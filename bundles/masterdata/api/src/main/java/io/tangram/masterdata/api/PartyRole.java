package io.tangram.masterdata.api;

/** Filter for party searches. */
public enum PartyRole {
    CUSTOMER,
    SUPPLIER
}
