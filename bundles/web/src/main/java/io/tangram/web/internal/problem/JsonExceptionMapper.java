package io.tangram.web.internal.problem;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.tangram.web.internal.TangramApplication;

/** Maps unreadable JSON bodies to 400 problems naming the offending field. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(TangramApplication.SELECT_GUARDED)
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
