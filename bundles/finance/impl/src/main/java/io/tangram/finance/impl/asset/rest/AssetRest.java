package io.tangram.finance.impl.asset.rest;

import javax.ws.rs.core.Response;

import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.i18n.Text;

/** What the fixed-asset resources share: required bodies and 201 answers. */
final class AssetRest {
    private AssetRest() {
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
