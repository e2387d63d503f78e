package io.tangram.masterdata.api;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import java.io.Reader;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Customers and suppliers of a company. */
@ProviderType
public interface PartyService {

    int DEFAULT_PAYMENT_TERMS_DAYS = 30;

    /**
     * Creates a party.
     *
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field
     * @throws io.tangram.platform.api.error.ConflictException if the code is taken in the company
     */
    PartyDto create(PartyInput input);

    /** Changes a party; its code may change if the new one is free. */
    PartyDto update(long id, PartyInput input);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such party */
    PartyDto get(long id);

    Optional<PartyDto> findByCode(long companyId, String code);

    /**
     * Parties of a company whose code, name or tax id contains {@code q} (all when blank), by code.
     *
     * @param role {@code null} for customers and suppliers alike
     */
    Page<PartyDto> search(long companyId, String q, PartyRole role, boolean includeInactive, PageRequest page);

    /** Keeps the party for existing documents but stops its use in new ones. */
    PartyDto deactivate(long id);

    /**
     * Creates parties from CSV (UTF-8, header row). Columns, in any order: {@code code}, {@code name}
     * (required), {@code customer}, {@code supplier} ({@code true}/{@code false}, {@code 1}/{@code 0},
     * {@code yes}/{@code no}, {@code 是}/{@code 否}), {@code taxId}, {@code paymentTermsDays},
     * {@code currency}, {@code contactName}, {@code contactPhone}, {@code contactEmail},
     * {@code street}, {@code city}, {@code province}, {@code postalCode}, {@code country} (one
     * billing address).
     *
     * @throws io.tangram.platform.api.error.ValidationException if the header is unusable, or in
     *         {@link ImportMode#ALL_OR_NOTHING} if any row is bad (fields named {@code line 3: taxId})
     */
    ImportReport importCsv(long companyId, Reader csv, ImportMode mode);
}
