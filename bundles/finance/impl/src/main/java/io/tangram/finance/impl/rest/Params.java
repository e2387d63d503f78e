package io.tangram.finance.impl.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.ws.rs.core.Response;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** The company a request is for (the default one when none is named), and dates typed inside request bodies. */
public final class Params {

    private Params() {
    }

    public static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, Text.of("must be a date like 2026-11-30", "必须是日期，例如 2026-11-30"));
        }
    }

    /** The request body, or a 400 naming {@code body} when it is missing. */
    public static <T> T require(T body) {
        if (body == null) {
            throw ValidationException.of("body", Text.of("is required", "必填"));
        }
        return body;
    }

    /** A 201 answer carrying what was created. */
    public static Response created(Object body) {
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
