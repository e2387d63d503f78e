package io.tangram.oa.impl.form.rest;

import io.tangram.masterdata.api.CompanyService;

/** What the form resources read alike: the company (1 by default) and the small bodies of workflow steps. */
final class FormParams {

    private FormParams() {
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    /** The body of a cancellation. */
    public record Reason(String reason) {
    }

    /** The body of a direct decision. */
    public record Comment(String comment) {
    }
}
