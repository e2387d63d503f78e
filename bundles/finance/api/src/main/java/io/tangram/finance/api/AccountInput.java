package io.tangram.finance.api;

/**
 * An account as entered. On create {@code type} is required unless a parent is given (a sub-account
 * takes its parent's type); {@code normalBalance} {@code null} takes the type's. On update
 * {@code null} keeps the current value and {@code code} cannot change.
 */
public record AccountInput(Long companyId, String code, String name, String nameEn, String parentCode, AccountType type,
                           NormalBalance normalBalance) {
}
