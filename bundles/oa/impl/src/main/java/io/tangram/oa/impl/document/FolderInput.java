package io.tangram.oa.impl.document;

/**
 * A new folder, or a folder's new name.
 *
 * @param companyId {@code null} for the default company
 * @param parentId  {@code null} for a top-level folder (administrators only); ignored when renaming
 */
public record FolderInput(Long companyId, Long parentId, String name) {
}
