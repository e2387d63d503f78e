package io.tangram.inventory.api;

/** Whether moves of a product record lot or serial numbers. */
public enum TrackingMode {
    /** No lot or serial numbers. */
    NONE,
    /** Every move names the lot (batch) it concerns. */
    LOT,
    /** Every unit has a serial number; moves name it and move whole units. */
    SERIAL
}
