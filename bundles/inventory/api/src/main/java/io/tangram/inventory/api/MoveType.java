package io.tangram.inventory.api;

/** What kind of movement a stock move records. The sign of its quantity says in (+) or out (−). */
public enum MoveType {
    /** Goods received from a supplier (goods receipt). */
    RECEIPT,
    /** Goods issued for a sale, production or own use. */
    ISSUE,
    /** The leaving half of a transfer between warehouses. */
    TRANSFER_OUT,
    /** The arriving half of a transfer between warehouses. */
    TRANSFER_IN,
    /** A manual correction of quantity (breakage, found goods). */
    ADJUSTMENT,
    /** The variance between counted and booked quantity, posted by a stocktake. */
    STOCKTAKE
}
