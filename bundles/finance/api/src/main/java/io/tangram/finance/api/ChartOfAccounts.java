package io.tangram.finance.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** A company's chart of accounts: accounts are added, renamed and deactivated, never deleted once used. */
@ProviderType
public interface ChartOfAccounts {

    /** Accounts by code. */
    List<AccountDto> list(long companyId, boolean includeInactive);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such account */
    AccountDto get(long id);

    /** @throws io.tangram.platform.api.error.NotFoundException if the company has no account with that code */
    AccountDto getByCode(long companyId, String code);

    /**
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field
     * @throws io.tangram.platform.api.error.ConflictException if the code is taken, or the parent
     *         already carries postings (its balance would be split from its sub-accounts)
     */
    AccountDto create(AccountInput input);

    /** Renames or retypes an account; the type of a used account cannot change. */
    AccountDto update(long id, AccountInput input);

    /** Stops new postings to the account; refused while its balance is not zero. */
    AccountDto deactivate(long id);

    /**
     * Loads a shipped chart into the company. Accounts whose code exists are left as they are, so
     * loading twice changes nothing. It also adds the template's default automatic-posting rules for
     * the kinds of event the company has no rule for yet. Returns the number of accounts created.
     */
    int loadTemplate(long companyId, ChartTemplate template);
}
