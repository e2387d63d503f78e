package io.tangram.inventory.api;

/** Life of a stocktake. */
public enum StocktakeStatus {
    /** Count sheet printed, counts being entered. */
    COUNTING,
    /** Variances posted as stock moves. */
    POSTED,
    /** Abandoned; nothing posted. */
    CANCELLED
}
