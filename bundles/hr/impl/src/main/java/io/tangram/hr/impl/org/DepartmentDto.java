package io.tangram.hr.impl.org;

import java.util.List;

/**
 * A department; {@code children} are filled when departments are listed as a tree.
 *
 * @param managerNumber   employee number of the department's manager, may be {@code null}
 * @param expenseAccount  finance account its salaries are booked to, {@code null} for finance's default
 */
public record DepartmentDto(long id, long companyId, String code, String name, String nameZh, String parentCode,
                            String managerNumber, String managerName, String costCentre, String expenseAccount,
                            boolean active, List<DepartmentDto> children) {

    DepartmentDto withChildren(List<DepartmentDto> list) {
        return new DepartmentDto(id, companyId, code, name, nameZh, parentCode, managerNumber, managerName, costCentre,
                expenseAccount, active, list);
    }
}
