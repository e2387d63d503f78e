package io.tangram.finance.api.posting;

/** What finance did with one event. */
public enum PostingOutcome {
    /** A voucher was posted. */
    POSTED,
    /** A voucher for the same source was already posted (the event was seen before): nothing more. */
    ALREADY_POSTED,
    /** The event moves no value between accounts (a transfer between warehouses). */
    NOTHING_TO_POST,
    /** The event happened before automatic posting started; it waits in the backlog for an admin. */
    BACKLOG,
    /** An admin dismissed the backlog event: it will not be posted. */
    DISMISSED
}
