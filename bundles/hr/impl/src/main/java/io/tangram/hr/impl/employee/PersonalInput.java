package io.tangram.hr.impl.employee;

import java.math.BigDecimal;

/**
 * The sensitive fields as HR sets them.
 *
 * @param currency   ISO code of the base salary, {@code CNY} when left out
 * @param idNumber   the 18-character resident ID number (居民身份证号), last character a check digit or X
 */
public record PersonalInput(BigDecimal baseSalary, String currency, String bankName, String bankAccount,
                            String idNumber, String address) {
}
