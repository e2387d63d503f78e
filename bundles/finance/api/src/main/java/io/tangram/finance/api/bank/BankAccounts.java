package io.tangram.finance.api.bank;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The company's bank accounts. Each is linked to its own postable, active asset account of the chart,
 * so its book balance is that account's balance. Accounts are deactivated, never deleted: their
 * statements and matches stay.
 */
@ProviderType
public interface BankAccounts {

    /** Bank accounts by code. */
    List<BankAccountDto> list(long companyId, boolean includeInactive);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such bank account */
    BankAccountDto get(long id);

    /** @throws io.tangram.platform.api.error.NotFoundException if the company has no bank account with that code */
    BankAccountDto getByCode(long companyId, String code);

    /**
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field
     * @throws io.tangram.platform.api.error.ConflictException if the code is taken or another active bank
     *         account is already kept on the same ledger account
     */
    BankAccountDto create(BankAccountInput input);

    /** Changes names, number, ledger account or opening; the code never changes. */
    BankAccountDto update(long id, BankAccountInput input);

    /** Stops imports and matching on the account; its history stays readable. */
    BankAccountDto deactivate(long id);
}
