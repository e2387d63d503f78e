package io.tangram.masterdata.api;

/** What a CSV import does when some rows are bad. */
public enum ImportMode {
    /** Imports nothing unless every row is good. */
    ALL_OR_NOTHING,
    /** Imports the good rows and reports the bad ones. */
    VALID_ROWS
}
