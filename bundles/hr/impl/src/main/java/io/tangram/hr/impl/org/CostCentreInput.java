package io.tangram.hr.impl.org;

/** A cost centre as it is created or changed (by its code); {@code active} {@code null} keeps it. */
public record CostCentreInput(Long companyId, String name, String nameZh, Boolean active) {
}
