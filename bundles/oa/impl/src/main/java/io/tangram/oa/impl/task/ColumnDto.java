package io.tangram.oa.impl.task;

/** A column of a board, left to right by {@code position} (0 first), with its number of tasks. */
public record ColumnDto(long id, String nameEn, String nameZh, int position, boolean done, int tasks) {
}
