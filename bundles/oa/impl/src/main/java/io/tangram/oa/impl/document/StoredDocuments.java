package io.tangram.oa.impl.document;

/**
 * What OA's forms ask of the document store: whether a document a form attaches (a receipt, a
 * contract) exists and the caller may read it.
 */
public interface StoredDocuments {

    /** Whether document {@code documentId} of the company exists and the current caller may read it. */
    boolean readable(long companyId, long documentId);
}
