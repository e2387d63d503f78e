package io.tangram.crm.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * Customers' CRM profiles. What a caller sees is scoped: a rep sees the customers they own, a team
 * lead (permission {@code crm.scope.team}) those of their teams' members, and
 * {@code crm.scope.all} every customer of the company.
 */
@ProviderType
public interface Customers {

    /**
     * Creates the profile, and the master-data party when no {@code partyId} is given.
     *
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field
     * @throws io.tangram.platform.api.error.ConflictException if the party already has a profile
     */
    CustomerDto create(CustomerInput input);

    /** Changes the CRM fields of a profile (the party's own fields are master data's). */
    CustomerDto update(long partyId, CustomerInput input);

    /**
     * @throws io.tangram.platform.api.error.NotFoundException if there is no such customer, or the
     *         caller may not see it
     */
    CustomerDto get(long partyId);

    /** A visible customer, or empty; never throws for an unknown or hidden one. */
    Optional<CustomerDto> find(long partyId);

    /** Visible customers by code. */
    Page<CustomerDto> search(long companyId, CustomerQuery query, PageRequest page);

    /** Hands a customer to another rep. */
    CustomerDto assign(long partyId, String owner);

    ContactDto addContact(long partyId, ContactInput input);

    List<ContactDto> contacts(long partyId);

    void removeContact(long partyId, long contactId);
}
