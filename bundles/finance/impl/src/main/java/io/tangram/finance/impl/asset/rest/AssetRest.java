package io.tangram.finance.impl.asset.rest;

import javax.ws.rs.core.Response;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.web.api.ModuleApplication;

/** What the fixed-asset resources share: the finance application they join, the company, required bodies. */
final class AssetRest {
    /** Selects the finance JAX-RS application ({@code /api/finance}). */
    static final String FINANCE = "(osgi.jaxrs.name=" + ModuleApplication.NAME_PREFIX + "finance)";

    private AssetRest() {
    }

    static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    static <T> T require(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }

    static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
