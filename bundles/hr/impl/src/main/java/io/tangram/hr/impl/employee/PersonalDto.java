package io.tangram.hr.impl.employee;

import io.tangram.platform.api.money.Money;

/** The sensitive fields of one employee, for HR with {@code hr.employee.sensitive} and the employee. */
public record PersonalDto(String number, String name, Money baseSalary, String bankName, String bankAccount,
                          String idNumber, String address) {
}
