package io.tangram.web.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

/** Maps everything else to a 500 problem with an error id; the cause is logged, never sent. */
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return ProblemResponses.map(exception, headers, uriInfo);
    }
}
