package io.tangram.finance.impl.arap.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import javax.ws.rs.core.Response;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;
import io.tangram.web.api.ModuleApplication;

/** What the AR/AP resources share: the finance application they join, the company, bodies and months. */
final class ArApRest {
    /** Selects the finance JAX-RS application ({@code /api/finance}). */
    static final String FINANCE = "(osgi.jaxrs.name=" + ModuleApplication.NAME_PREFIX + "finance)";

    private ArApRest() {
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

    /** A month typed as {@code 2026-11}. */
    static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, Text.of("is required, e.g. 2026-11", "必填，例如 2026-11"));
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, Text.of("must be a month such as 2026-11", "必须是月份，例如 2026-11"));
        }
    }
}
