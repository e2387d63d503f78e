package io.tangram.web.internal.problem;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.tangram.web.internal.TangramApplication;

/** Maps JAX-RS errors (404, 405, 406, 415, …) to problems, keeping their status. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(TangramApplication.SELECT_GUARDED)
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
