package io.tangram.hr.impl.employee;

import java.time.Instant;
import java.time.LocalDate;

/** An employee's job data; never salary, bank account, ID number or address (see {@link PersonalDto}). */
public record EmployeeDto(long id, long companyId, String number, String username, String name, String gender,
                          LocalDate birthDate, String email, String phone, String departmentCode, String departmentName,
                          String positionCode, String positionName, String costCentre, String city, LocalDate hireDate,
                          LocalDate probationEnd, ContractType contractType, LocalDate contractEnd, EmployeeStatus status,
                          LocalDate leaveDate, String leaveReason, Instant createdAt, Instant updatedAt) {
}
