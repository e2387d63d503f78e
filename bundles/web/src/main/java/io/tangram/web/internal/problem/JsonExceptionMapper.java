package io.tangram.web.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Maps unreadable JSON bodies to 400 problems naming the offending field. */
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ProblemResponses.map(exception, headers, uriInfo);
    }
}
