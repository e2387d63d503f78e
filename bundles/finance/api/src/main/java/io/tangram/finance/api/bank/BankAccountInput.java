package io.tangram.finance.api.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A bank account as entered. On create {@code code}, {@code name}, {@code bankName},
 * {@code accountNumber} and {@code glAccountCode} are required, {@code currency} {@code null} takes
 * the company currency and {@code openingBalance} {@code null} is zero. On update {@code null} keeps
 * the current value and {@code code} cannot change.
 */
public record BankAccountInput(Long companyId, String code, String name, String bankName, String accountNumber,
                               String currency, String glAccountCode, LocalDate openingDate,
                               BigDecimal openingBalance) {
}
