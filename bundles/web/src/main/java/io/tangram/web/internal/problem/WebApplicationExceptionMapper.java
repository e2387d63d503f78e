package io.tangram.web.internal.problem;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

/** Maps JAX-RS errors (404, 405, 406, 415, …) to problems, keeping their status. */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        return ProblemResponses.map(exception, headers, uriInfo);
    }
}
