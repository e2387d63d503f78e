package io.tangram.hr.impl.org;

/**
 * A department as it is created or changed (by its code).
 *
 * @param parentCode    the parent department's code, {@code null} for a top department
 * @param managerNumber the manager's employee number, may be {@code null}
 * @param active        {@code false} deactivates it; {@code null} keeps it (new ones are active)
 */
public record DepartmentInput(Long companyId, String name, String nameZh, String parentCode, String managerNumber,
                              String costCentre, String expenseAccount, Boolean active) {
}
