package io.tangram.oa.impl.task;

/**
 * One column of a board's new column list.
 *
 * @param id   an existing column to keep (renamed and moved), {@code null} for a new one
 * @param done whether a task moved here is completed
 */
public record ColumnInput(Long id, String nameEn, String nameZh, Boolean done) {
}
