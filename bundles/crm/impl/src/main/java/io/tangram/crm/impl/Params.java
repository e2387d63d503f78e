package io.tangram.crm.impl;

import java.time.LocalDate;

import javax.ws.rs.core.Response;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.web.api.RequestParams;

/** What the CRM resources share: the company a request is for, and {@link RequestParams}. */
public final class Params {
    private Params() {
    }

    public static long company(Long companyId) {
        return companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
    }

    public static LocalDate date(String name, String value) {
        return RequestParams.date(name, value);
    }

    public static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        return RequestParams.choice(name, value, type);
    }

    public static <T> T require(T body) {
        return RequestParams.require(body);
    }

    public static PageRequest page(Integer offset, Integer limit) {
        return RequestParams.page(offset, limit);
    }

    public static Response created(Object body) {
        return RequestParams.created(body);
    }
}
