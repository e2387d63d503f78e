package io.tangram.hr.impl.org;

/** What a create-or-change by code stored, and whether it was new (REST answers 201 then). */
public record Saved<T>(T value, boolean created) {
}
