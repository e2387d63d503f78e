package io.tangram.oa.impl.document;

/** Whether a document is in use or in the recycle bin; nothing is destroyed by normal use. */
public enum DocumentStatus {
    ACTIVE,
    /** Deleted by a user; an administrator can restore it. */
    RECYCLED
}
