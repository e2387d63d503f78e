package io.tangram.oa.impl.document;

/** What a folder grant allows, each level including the ones before it. */
public enum AccessLevel {
    /** Find, read and download documents. */
    READ,
    /** Also upload, check out and in, tag, rename and recycle documents, add subfolders. */
    WRITE,
    /** Also rename the folder and grant access to it. */
    MANAGE;

    /** Whether this level allows what {@code needed} allows. */
    public boolean covers(AccessLevel needed) {
        return compareTo(needed) >= 0;
    }

    /** The higher of two levels, {@code null} meaning none. */
    static AccessLevel max(AccessLevel a, AccessLevel b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }
}
