package io.tangram.hr.impl.org;

/** A position as it is created or changed (by its code); {@code active} {@code null} keeps it. */
public record PositionInput(Long companyId, String name, String nameZh, String departmentCode, String grade,
                            Boolean active) {
}
