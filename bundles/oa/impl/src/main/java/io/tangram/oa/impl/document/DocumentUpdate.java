package io.tangram.oa.impl.document;

/**
 * A document's new name or folder; a field left {@code null} stays as it is.
 *
 * @param name     the new name, keeping its extension (e.g. {@code 合同-终稿.docx})
 * @param folderId the folder to move it to, in the same company
 */
public record DocumentUpdate(String name, Long folderId) {
}
