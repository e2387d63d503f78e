package io.tangram.hr.impl.employee;

import java.time.LocalDate;

/**
 * An employee's job data as HR types it when hiring or correcting it.
 *
 * @param number       employee number; {@code null} takes the next {@code EMP-YYYY-NNNNNN}
 * @param username     the platform user name onboarding creates or links; defaults to the number
 * @param contractType one of {@link ContractType}
 */
public record EmployeeInput(Long companyId, String number, String name, String username, String gender,
                            LocalDate birthDate, String email, String phone, String departmentCode, String positionCode,
                            String costCentre, String city, LocalDate hireDate, LocalDate probationEnd,
                            String contractType, LocalDate contractEnd) {
}
