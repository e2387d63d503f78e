package io.tangram.web.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import io.tangram.platform.api.error.TangramException;

/** Maps the platform exceptions (validation, not found, conflict, forbidden, unauthorised) to problems. */
public class TangramExceptionMapper implements ExceptionMapper<TangramException> {
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TangramException exception) {
        return ProblemResponses.map(exception, headers, uriInfo);
    }
}
