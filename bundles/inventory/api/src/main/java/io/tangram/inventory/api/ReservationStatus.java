package io.tangram.inventory.api;

/** Life of a reservation. */
public enum ReservationStatus {
    /** Holds stock. */
    OPEN,
    /** Everything reserved was issued. */
    ISSUED,
    /** Given back without being issued (fully or the rest). */
    RELEASED
}
