package io.tangram.masterdata.api;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Companies kept in this installation. */
@ProviderType
public interface CompanyService {

    /** The company that exists from installation on. */
    long DEFAULT_COMPANY_ID = 1L;

    CompanyDto create(CompanyInput input);

    CompanyDto update(long id, CompanyInput input);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such company */
    CompanyDto get(long id);

    /** Companies whose code or name contains {@code q} (all when blank), by code. */
    Page<CompanyDto> search(String q, boolean includeInactive, PageRequest page);

    /** Keeps the company and its records but stops new use; the default company cannot be deactivated. */
    CompanyDto deactivate(long id);
}
