package io.tangram.oa.impl.document;

/**
 * What to look for; every criterion is optional.
 *
 * @param name        part of the name, any case
 * @param tag         an exact tag
 * @param contentType an exact content type such as {@code application/pdf}, or a file extension such as {@code pdf}
 * @param folderId    only this folder (not its subfolders)
 * @param status      {@code ACTIVE} by default; {@code RECYCLED} is the recycle bin (administrators)
 */
public record DocumentQuery(String name, String tag, String contentType, Long folderId, DocumentStatus status) {

    public static DocumentQuery all() {
        return new DocumentQuery(null, null, null, null, null);
    }
}
