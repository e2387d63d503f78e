package io.tangram.inventory.impl.rest;

import io.tangram.masterdata.api.CompanyService;

/** The company a request is for: the default company when the caller names none. Typed parameters are converted, and refused naming the parameter, by the REST host. */
final class Params {

    private Params() {
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }
}
